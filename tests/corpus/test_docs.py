from pathlib import Path

from warta.corpus.export import COLUMNS

DOC = Path(__file__).resolve().parents[2] / "docs" / "export.md"


def test_every_export_column_is_documented() -> None:
    rows = [line.split("|") for line in DOC.read_text("utf-8").splitlines()
            if line.startswith("| ") and line.count("|") == 5]
    documented = {(r[1].strip(), name.strip()) for r in rows for name in r[2].split(",")}
    missing = [(what, col) for what, cols in COLUMNS.items() for col, _, _ in cols
               if (what, col) not in documented]
    assert not missing
