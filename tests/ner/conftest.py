"""Shared data of the NER tests."""

# Four tagged sentences the NER tests train on (CRF and convolutional tagger alike).
TRAIN = [
    ("Presiden Joko Widodo bertemu Perdana Menteri Jepang di Istana Merdeka , Jakarta .",
     "O B-PERSON I-PERSON O O O B-PLACE O B-PLACE I-PLACE O B-PLACE O"),
    ("PT Pos Indonesia dan Bank Rakyat Indonesia ( BRI ) melaporkan laba",
     "B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O B-ORG O O O"),
    ("Menurut KPK , Gubernur DKI Jakarta Anies Baswedan tidak hadir di Sulawesi Selatan .",
     "O B-ORG O O B-PLACE I-PLACE B-PERSON I-PERSON O O O B-PLACE I-PLACE O"),
    ("Kapolres Boyolali AKBP Rosyid mengatakan Polres Boyolali menahan tersangka",
     "O B-PLACE O B-PERSON O B-ORG I-ORG O O"),
]
