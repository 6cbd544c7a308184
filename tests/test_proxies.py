"""Behind nginx (QPM_PROXIES=1) a phone cannot forge its address; the app port itself must stay unreachable."""
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import requests

from servers import QPM, WAIT, free_port

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from nginx import SourceAddressHandler, loopback_address  # noqa: E402  (bench/nginx.py: the test's nginx too)

pytest_plugins = ("deployment",)


def status_from(address, url, headers=None):
    """Return the HTTP status of a GET sent from a chosen loopback address."""
    opener = urllib.request.build_opener(SourceAddressHandler(address))
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=WAIT) as answer:
            return answer.status
    except urllib.error.HTTPError as refusal:
        return refusal.code


def test_a_forged_forwarded_address_through_nginx_does_not_escape_the_wrong_code_block(behind_nginx):
    code = behind_nginx.create_meeting()["code"]
    guesser, parent = loopback_address(0), loopback_address(1)
    for number in range(80):  # the default budget, each with another made-up address
        forged = {"X-Forwarded-For": f"10.0.{number}.1", "X-Real-IP": f"10.1.{number}.1"}
        assert status_from(guesser, f"{behind_nginx.url}/j/ZZZZ{number:02d}", forged) == 404
    assert status_from(guesser, f"{behind_nginx.url}/j/{code}", {"X-Forwarded-For": "10.9.9.9"}) == 429
    assert status_from(parent, f"{behind_nginx.url}/j/{code}") == 200  # another address keeps its own budget
    # Why the app port must be reachable from the proxy only: there, a client names its own address.
    direct = behind_nginx.server_of(guesser).url
    assert requests.get(f"{direct}/j/{code}", headers={"X-Forwarded-For": "10.9.9.9"}, timeout=WAIT).status_code == 200


def test_serve_refuses_lan_when_it_trusts_a_proxy(tmp_path):
    run = subprocess.run([str(QPM), "serve", "--lan", "--port", str(free_port())], capture_output=True, text=True,
                         timeout=60, env={"PATH": "/usr/bin:/bin", "QPM_INSTANCE": str(tmp_path), "QPM_PROXIES": "1"})
    assert run.returncode != 0
    assert "--lan" in run.stderr and "QPM_PROXIES" in run.stderr
