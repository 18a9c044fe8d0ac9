from warta.corpus import dedup

TEXT = ("Menteri Keuangan Purbaya Yudhi Sadewa menilai kepala daerah penting dalam menjaga "
        "inflasi. Dengan mengendalikan inflasi maka popularitas kepala daerah akan meningkat. "
        "Purbaya menyebut dari 38 provinsi, 37 di antaranya tercatat inflasi positif.")


def test_shingles_fold_case_accents_and_punctuation() -> None:
    assert dedup.shingles("Café  KECIL, enak!", 2) == {b"cafe kecil", b"kecil enak"}
    assert dedup.shingles("dua kata", 3) == {b"dua kata"}
    assert dedup.shingles("...", 3) == set()


def test_signature_round_trips_and_estimates_jaccard() -> None:
    a = dedup.signature(TEXT)
    b = dedup.signature(TEXT.replace("meningkat", "naik") + " Simak juga videonya.")
    c = dedup.signature("Timnas Indonesia kalah dari Irak di kualifikasi Piala Dunia 2026.")
    assert a is not None and b is not None and c is not None
    assert dedup.jaccard(a, dedup.from_bytes(dedup.to_bytes(a))) == 1.0
    assert dedup.jaccard(a, b) >= dedup.THRESHOLD > dedup.jaccard(a, c)
    assert set(dedup.band_keys(a)) & set(dedup.band_keys(b))
    assert not set(dedup.band_keys(a)) & set(dedup.band_keys(c))
    assert dedup.signature("") is None


def test_band_layout_comes_from_datasketch() -> None:
    b, r = dedup.bands()
    assert b * r <= dedup.NUM_PERM and len(dedup.band_keys(dedup.signature(TEXT))) == b  # type: ignore[arg-type]
