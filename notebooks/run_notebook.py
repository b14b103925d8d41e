"""Executes notebooks/cadastre.ipynb headless, as CI does; exits non-zero if a cell fails.

    CADASTRE_OUT=output python3 notebooks/run_notebook.py

Needs: pip install polars matplotlib nbclient nbformat ipykernel
"""
import sys
from pathlib import Path

import nbclient
import nbformat

here = Path(__file__).resolve().parent
nb = nbformat.read(here / "cadastre.ipynb", as_version=4)
client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(here)}})
try:
    client.execute()
except nbclient.exceptions.CellExecutionError as e:
    print(e, file=sys.stderr)
    sys.exit(1)
for cell in nb.cells:
    if cell.cell_type == "code":
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                print(out.get("text", ""), end="")
print("notebook: every cell ran")
