"""The installed package carries every file the app reads: pages, scripts, letters, data, translations."""
from pathlib import Path

import qpm
from qpm.config import asset_folder

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(qpm.__file__).resolve().parent


def test_every_asset_of_the_source_tree_is_installed():
    folders = {"templates": asset_folder("templates"), "static": asset_folder("static"),
               "letters": asset_folder("letters"), "qpm/data": PACKAGE / "data",
               "qpm/translations": PACKAGE / "translations"}
    missing = []
    for source, installed in folders.items():
        for path in (ROOT / source).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                if not (installed / path.relative_to(ROOT / source)).is_file():
                    missing.append(f"{source}/{path.relative_to(ROOT / source)}")
    assert not missing, f"not installed with the package: {missing}"
