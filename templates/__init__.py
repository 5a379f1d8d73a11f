"""The brief templates, shipped inside the wheel as tailor.templates."""
