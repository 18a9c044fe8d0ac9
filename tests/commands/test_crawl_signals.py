"""`stop_on_sigterm` turns SIGTERM into a clean stop only while a crawl or watch runs."""
from __future__ import annotations

import os
import signal

import pytest

from warta.commands.crawl import stop_on_sigterm


def test_sigterm_stops_like_ctrl_c_inside_and_the_old_handler_returns_after() -> None:
    seen: list[int] = []

    def mine(signum: int, frame: object) -> None:
        seen.append(signum)

    before = signal.signal(signal.SIGTERM, mine)
    try:
        with pytest.raises(KeyboardInterrupt), stop_on_sigterm():
            os.kill(os.getpid(), signal.SIGTERM)
        assert signal.getsignal(signal.SIGTERM) is mine
        os.kill(os.getpid(), signal.SIGTERM)
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, before)
