"""The apps stand in layers: each imports only the apps below it, none round in a cycle; modules stay small.

The source is read, not imported (AST), so an import inside a function counts
as much as one at the top. A string that names a model or a dotted path (a page
type in `parent_page_types`, a setting) is not an import and is not checked.
Tests, migrations and the benchmarks are not read.
"""

import ast
import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_APPS = {"tests", "bench"}

# Bottom up: an app may import the apps of the layers below its own, never those above.
LAYERS = (
    ("core", "spreadsheets", "api"),  # the floor: plumbing, spreadsheets in and out, the API's building blocks
    ("workforce",),
    ("courses",),
    ("certificates",),
    ("assessments",),
    ("reviews",),  # whole-course clinical review: pages and questions together
    ("events",),  # face-to-face training: events, participants, attendance, the trainer cascade
    ("reports",),
    ("lms",),  # the shell: settings, URLs, the API assembled, accounts, the home page
    ("demo",),  # the demo data: fills everything, nothing imports it
)
# (importer, imported) pairs within one layer that are allowed; none so far.
SAME_LAYER_IMPORTS: frozenset[tuple[str, str]] = frozenset()

# Non-blank lines, docstrings and comments included; module-level assignments are data (headings,
# lesson text, questions) rather than code, so a file of content is not taken for one of many concepts.
MAX_LINES_OF_CODE = 400


@dataclass(frozen=True)
class Import:
    """One import statement of an app's module that names another app."""

    importer: str
    imported: str
    path: str  # relative to the repository
    line: int
    statement: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.statement}"


def apps_on_disk(root: Path = ROOT) -> list[str]:
    """The first-party apps: the packages at the repository's root."""
    return sorted(
        path.parent.name
        for path in root.glob("*/__init__.py")
        if path.parent.name not in NOT_APPS and not path.parent.name.startswith(".")
    )


def modules_of(app: str, root: Path = ROOT) -> list[Path]:
    return sorted(path for path in (root / app).rglob("*.py") if "migrations" not in path.relative_to(root).parts)


@functools.cache
def imports_between_apps(root: Path = ROOT) -> list[Import]:
    """Every import, at any depth of a module, of one app by another (relative imports stay in their app)."""
    apps = set(apps_on_disk(root))
    found = []
    for app in sorted(apps):
        for path in modules_of(app, root):
            source = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(source, filename=str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                statement = " ".join(ast.get_source_segment(source, node).split())
                for imported in sorted({name.split(".")[0] for name in names} & apps - {app}):
                    found.append(Import(app, imported, path.relative_to(root).as_posix(), node.lineno, statement))
    return sorted(found, key=lambda found: (found.path, found.line, found.imported))


def layer_of(app: str) -> int | None:
    return next((number for number, layer in enumerate(LAYERS) if app in layer), None)


def against_the_layers(found: Import) -> str | None:
    """Why an import breaks the layering, or None when it does not (or an app has no layer yet)."""
    importer, imported = layer_of(found.importer), layer_of(found.imported)
    if importer is None or imported is None:
        return None
    if imported > importer:
        return f"{found.importer} imports {found.imported}, which stands above it"
    if imported == importer and (found.importer, found.imported) not in SAME_LAYER_IMPORTS:
        return f"{found.importer} imports {found.imported} of its own layer, which SAME_LAYER_IMPORTS does not allow"
    return None


def layer_violations(imports: list[Import]) -> list[str]:
    return [f"{found}  ({why})" for found in imports if (why := against_the_layers(found))]


def cycles(imports: list[Import]) -> list[list[str]]:
    """The groups of apps that import each other round in a cycle (strongly connected components over one app)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for found in imports:
        graph[found.importer].add(found.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(app: str) -> None:
        index[app] = low[app] = len(index)
        stack.append(app)
        for other in sorted(graph[app]):
            if other not in index:
                visit(other)
                low[app] = min(low[app], low[other])
            elif other in stack:
                low[app] = min(low[app], index[other])
        if low[app] == index[app]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == app:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for app in sorted(set(graph) | {other for targets in graph.values() for other in targets}):
        if app not in index:
            visit(app)
    return groups


def lines_of_code(path: Path) -> int:
    """Non-blank lines of a module, leaving out those of its module-level assignments (data)."""
    source = path.read_text(encoding="utf-8")
    data = {
        line
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for line in range(node.lineno, node.end_lineno + 1)
    }
    return sum(1 for number, line in enumerate(source.splitlines(), start=1) if line.strip() and number not in data)


def unplaced_apps(root: Path = ROOT) -> list[str]:
    return [app for app in apps_on_disk(root) if layer_of(app) is None]


def test_every_app_has_a_layer():
    unplaced = unplaced_apps()

    assert not unplaced, "\n".join(
        f"The app {app} is in no layer: add it to LAYERS in tests/test_architecture.py, "
        "above the apps it imports and below those that import it."
        for app in unplaced
    )


def test_apps_import_only_the_layers_below_them():
    layers = " → ".join("/".join(layer) for layer in LAYERS)
    messages = layer_violations(imports_between_apps())

    assert not messages, f"Layers, bottom up: {layers}\n" + "\n".join(messages)


def test_no_import_cycle_between_apps():
    imports = imports_between_apps()
    messages = []
    for group in cycles(imports):
        within = [found for found in imports if found.importer in group and found.imported in group]
        upward = [found for found in within if against_the_layers(found)]
        if upward:
            messages.append(f"{', '.join(group)} import each other round in a cycle; it closes where one imports up:")
        else:
            messages.append(f"{', '.join(group)} import each other round in a cycle, through:")
        messages.extend(f"  {found}" for found in upward or within)

    assert not messages, "\n".join(messages)


def test_no_module_is_over_400_lines_of_code():
    too_long = [
        f"{path.relative_to(ROOT).as_posix()}: {count} lines of code; split it by concept"
        for app in apps_on_disk()
        for path in modules_of(app)
        if (count := lines_of_code(path)) > MAX_LINES_OF_CODE
    ]

    assert not too_long, "\n".join(too_long)


# The checks themselves


def write(root: Path, path: str, source: str = "") -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(source, encoding="utf-8")


def test_imports_inside_functions_count_and_relative_ones_stay_in_their_app(tmp_path):
    write(tmp_path, "core/__init__.py")
    write(tmp_path, "courses/__init__.py", "from .models import Course\n")
    write(tmp_path, "courses/models.py", "def f():\n    from lms.models import HomePage\n")
    write(tmp_path, "courses/migrations/0001_initial.py", "import lms\n")
    write(tmp_path, "lms/__init__.py", "import core.links, courses\n")
    write(tmp_path, "tests/__init__.py", "import lms\n")

    imports = imports_between_apps(tmp_path)

    assert [(found.importer, found.imported, str(found)) for found in imports] == [
        ("courses", "lms", "courses/models.py:2: from lms.models import HomePage"),
        ("lms", "core", "lms/__init__.py:1: import core.links, courses"),
        ("lms", "courses", "lms/__init__.py:1: import core.links, courses"),
    ]
    assert layer_violations(imports) == [
        "courses/models.py:2: from lms.models import HomePage  (courses imports lms, which stands above it)"
    ]
    assert cycles(imports) == [["courses", "lms"]]


def test_a_new_app_must_be_given_a_layer(tmp_path):
    write(tmp_path, "courses/__init__.py")
    write(tmp_path, "scorm/__init__.py")
    write(tmp_path, "tests/__init__.py")

    assert unplaced_apps(tmp_path) == ["scorm"]


def test_module_level_assignments_are_data_not_code(tmp_path):
    write(tmp_path, "m.py", '"""Doc."""\n\nQUESTIONS = (\n    "a",\n    "b",\n)\n\n\ndef f():\n    return QUESTIONS\n')

    assert lines_of_code(tmp_path / "m.py") == 3
