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


def test_three_word_shingles_and_ascii_folding_match_the_general_forms() -> None:
    from warta.record import fold

    for text in (TEXT, "Ketua KPK  Setyo Budiyanto: “Kami periksa,” katanya di Jakarta.",
                 "Zélensky bertemu PRESIDEN Prabowo"):
        ws = dedup._WORD.findall(fold(text))
        assert dedup.words(text) == ws
        assert dedup.shingles(text) == {" ".join(ws[i:i + 3]).encode()
                                        for i in range(len(ws) - 2)}


def test_band_keys_hash_each_band_with_its_number() -> None:
    import hashlib

    import numpy as np

    sig = dedup.signature(TEXT)
    assert sig is not None
    b, r = dedup.bands()
    values = np.asarray(sig.hashvalues, dtype="<u4")
    assert dedup.band_keys(sig) == [int.from_bytes(hashlib.blake2b(
        values[i * r:(i + 1) * r].tobytes(), digest_size=8,
        person=i.to_bytes(2, "little")).digest(), "little", signed=True) for i in range(b)]
