"""The tokenizer is rebuilt past `MAX_LEXEMES` word forms: memory stays bounded in long
runs and the tokens do not change."""

from __future__ import annotations

import pytest

from warta.text import tokens


def test_tokenizer_rebuilt_past_the_bound_gives_the_same_tokens(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"Bupati Xq{i}wan meninjau {i * 7919} rumah di Desa Ko{i}ri, Senin (3/2)."
             for i in range(40)]
    before = [tokens.tokenize(t) for t in texts]
    first = tokens._nlp()[0]
    monkeypatch.setattr(tokens, "MAX_LEXEMES", len(first.vocab) + 20)
    tokens._spans.cache_clear()
    for i in range(40):  # new word forms, past the bound
        tokens.tokenize(f"Warga Zu{i}mo dan Pe{i}ka menerima {i * 104729} paket.")
    assert tokens._nlp()[0] is not first
    tokens._spans.cache_clear()
    assert [tokens.tokenize(t) for t in texts] == before
    assert len(tokens._nlp()[0].vocab) <= len(first.vocab)
