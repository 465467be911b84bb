"""export's messages count as verify's do: "wrote 1,000 claims", never "wrote 1000 claims"."""

from __future__ import annotations

from pathlib import Path

import yaml

from desertcheck.cli import app

from .conftest import cli_runner, one_source


def test_export_says_how_many_claims_it_wrote_grouped_as_verify_counts(tmp_path: Path) -> None:
    sentences = [f"In {1000 + k} the office counted {5000 + k:,} visits." for k in range(1000)]
    front = "---\ntitle: Ledger\npublisher: Test Desk\nlanguage: en\n---\n"
    root = one_source(tmp_path / "reg", front + "\n".join(sentences) + "\n", name="ledger")
    claims = [
        {
            "id": f"visits-{k}",
            "statement": text,
            "value": 5000 + k,
            "unit": "visits",
            "measure": "visits",
            "scope": "office",
            "period": str(1000 + k),
            "source": "ledger",
            "quote": text,
        }
        for k, text in enumerate(sentences)
    ]
    (root / "claims" / "ledger.yaml").write_text(yaml.safe_dump({"claims": claims}), "utf-8")
    out = tmp_path / "claims.json"
    r = cli_runner().invoke(app, ["--root", str(root), "export", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert f"desertcheck: wrote 1,000 claims to {out} (json)" in " ".join(r.stderr.split())
    verified = cli_runner().invoke(app, ["--root", str(root), "verify", "--quiet"])
    assert "1,000 claims" in verified.stdout + verified.stderr
