//! `Cleaner::clean_bytes`: pages in legacy charsets and UTF-16, made here
//! with encoding_rs, decode to the right words whichever way the charset is
//! given (BOM, header, `<meta>`, nothing at all).

use dehusk::{Cleaner, Error};
use encoding_rs::{
    Encoding, GBK, ISO_8859_2, KOI8_R, SHIFT_JIS, UTF_16BE, UTF_16LE, WINDOWS_1251, WINDOWS_1252,
};

/// `text` in `encoding`; UTF-16 by hand, since encoding_rs encodes it as UTF-8.
fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    if encoding == UTF_16LE {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    } else if encoding == UTF_16BE {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    } else {
        let (bytes, used, unmappable) = encoding.encode(text);
        assert_eq!(used, encoding);
        assert!(!unmappable, "not all of the page is in {}", encoding.name());
        bytes.into_owned()
    }
}

/// A small article page: a menu, a heading, `prose`, a footer.
fn page(head: &str, heading: &str, prose: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head>{head}<title>{heading}</title></head><body>\
         <nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\
         <article><h1>{heading}</h1><p>{prose}</p></article>\
         <footer>Copyright 2024. All rights reserved.</footer></body></html>"
    )
}

/// The text `clean_bytes` keeps of `bytes`, checked to hold every word of `words`.
fn assert_keeps(bytes: &[u8], content_type: Option<&str>, words: &[&str]) {
    let cleaned = Cleaner::default()
        .clean_bytes(bytes, content_type)
        .unwrap_or_else(|e| panic!("{e}"));
    for word in words {
        assert!(
            cleaned.text().contains(word),
            "{word:?} missing from the kept text:\n{}",
            crate::support::explain(&cleaned)
        );
    }
    assert!(!cleaned.text().contains('\u{FFFD}'), "{}", cleaned.text());
}

const FRENCH: &str = "Le petit café du port ouvre à six heures, bien avant le premier bateau. \
    Les pêcheurs y boivent un crème au comptoir pendant que la patronne, Hélène, prépare les \
    crêpes de la journée. On dit dans toute la région qu'aucune pâtisserie ne se compare à la sienne.";

const CZECH: &str = "Včera večer se nad městem přehnala silná bouřka a řeka se do rána vylila \
    z břehů. Obyvatelé nižších ulic odnesli věci do druhého patra a hasiči až do poledne převáželi \
    lidi na člunech. Podle meteorologů se počasí zlepší až na konci týdne, kdy se otočí vítr.";

const JAPANESE: &str = "昨日の夜、町では強い雨が降り続き、朝には川の水があふれました。\
    低い通りに住む人々は荷物を二階に運び、救助隊は昼まで小舟で住民を運びました。\
    気象台によると、天気が回復するのは週末になってからで、それまでは注意が必要だということです。\
    市役所は学校を休校にし、駅前には臨時の避難所が開かれました。";

const CHINESE: &str = "昨天晚上，城里下了一场大雨，到了早上河水漫过了河岸。\
    住在低处街道的居民把东西搬到了二楼，救援人员一直到中午都在用小船接送居民。\
    据气象台说，天气要到周末才会好转，在此之前大家仍需注意安全。\
    市政府已经决定让学校停课，并在车站附近开设了临时避难所。";

const RUSSIAN: &str = "Вчера вечером в городе прошёл сильный дождь, и к утру река вышла из \
    берегов. Жители нижних улиц перенесли вещи на вторые этажи, а спасатели до полудня возили \
    людей на лодках. По словам синоптиков, погода улучшится только к концу недели, когда ветер \
    сменится на северный.";

const GERMAN: &str = "Der kleine Laden an der Ecke gehört seit über dreißig Jahren Frau Müller, \
    die jeden Morgen um sechs Uhr die Tür aufschließt. Ihre Kunden schätzen vor allem die frischen \
    Brötchen und die Gespräche über das Wetter, die Straßenbahn und die Preise auf dem Markt.";

const GREEK: &str = "Χθες το βράδυ μια δυνατή καταιγίδα πέρασε πάνω από την πόλη και μέχρι το \
    πρωί το ποτάμι είχε βγει από την κοίτη του. Οι κάτοικοι των χαμηλών δρόμων ανέβασαν τα πράγματά \
    τους στον δεύτερο όροφο, ενώ οι διασώστες μετέφεραν ανθρώπους με βάρκες μέχρι το μεσημέρι.";

#[test]
fn windows_1252_by_meta() {
    let html = page("<meta charset=\"windows-1252\">", "Le café du port", FRENCH);
    let bytes = encode(&html, WINDOWS_1252);
    assert_keeps(
        &bytes,
        None,
        &[
            "café du port ouvre à six heures",
            "pêcheurs",
            "Hélène",
            "crêpes",
            "pâtisserie",
        ],
    );
}

#[test]
fn iso_8859_2_by_http_equiv() {
    let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">";
    let bytes = encode(&page(head, "Bouřka nad městem", CZECH), ISO_8859_2);
    assert_keeps(
        &bytes,
        None,
        &[
            "přehnala silná bouřka",
            "Obyvatelé nižších ulic",
            "převáželi",
            "týdne",
        ],
    );
}

#[test]
fn shift_jis_by_header() {
    let bytes = encode(&page("", "大雨で川があふれる", JAPANESE), SHIFT_JIS);
    assert_keeps(
        &bytes,
        Some("text/html; charset=Shift_JIS"),
        &["強い雨が降り続き", "救助隊", "気象台"],
    );
}

#[test]
fn gbk_by_a_gb2312_meta() {
    let bytes = encode(
        &page("<meta charset=gb2312>", "大雨导致河水漫堤", CHINESE),
        GBK,
    );
    assert_keeps(&bytes, None, &["城里下了一场大雨", "救援人员", "气象台"]);
}

#[test]
fn koi8_r_by_meta() {
    let head = "<META HTTP-EQUIV='content-type' CONTENT='text/html; charset=KOI8-R'>";
    let bytes = encode(&page(head, "Наводнение", RUSSIAN), KOI8_R);
    assert_keeps(
        &bytes,
        None,
        &["прошёл сильный дождь", "Жители нижних улиц", "синоптиков"],
    );
}

#[test]
fn utf16_with_a_bom_in_both_byte_orders() {
    for (encoding, bom, heading, prose, words) in [
        (
            UTF_16LE,
            [0xFF, 0xFE],
            "Der Laden an der Ecke",
            GERMAN,
            ["gehört seit über dreißig Jahren", "Frau Müller", "Brötchen"],
        ),
        (
            UTF_16BE,
            [0xFE, 0xFF],
            "Καταιγίδα",
            GREEK,
            ["δυνατή καταιγίδα", "κάτοικοι", "μεσημέρι"],
        ),
    ] {
        // The meta (and header) say otherwise: the BOM wins.
        let mut bytes = bom.to_vec();
        bytes.extend(encode(
            &page("<meta charset=windows-1252>", heading, prose),
            encoding,
        ));
        assert_keeps(&bytes, None, &words);
        assert_keeps(&bytes, Some("text/html; charset=iso-8859-1"), &words);
    }
}

#[test]
fn the_header_wins_when_header_and_meta_disagree() {
    let bytes = encode(
        &page("<meta charset=koi8-r>", "Наводнение", RUSSIAN),
        WINDOWS_1251,
    );
    assert_keeps(
        &bytes,
        Some("text/html; charset=windows-1251"),
        &["прошёл сильный дождь", "Жители нижних улиц"],
    );
    // Read by its (wrong) meta instead, the same bytes are mojibake.
    let wrong = Cleaner::default().clean_bytes(&bytes, None).unwrap();
    assert!(!wrong.text().contains("Жители"));
}

#[test]
fn a_page_that_declares_nothing_is_detected() {
    let russian = [RUSSIAN; 3].join(" ");
    let bytes = encode(&page("", "Наводнение", &russian), WINDOWS_1251);
    assert_keeps(
        &bytes,
        None,
        &["прошёл сильный дождь", "Жители нижних улиц", "синоптиков"],
    );
    let bytes = encode(&page("", "大雨で川があふれる", JAPANESE), SHIFT_JIS);
    assert_keeps(&bytes, None, &["強い雨が降り続き", "救助隊", "気象台"]);
}

#[test]
fn latin1_means_windows_1252() {
    // 0x93 and 0x94 are curly quotes in windows-1252, C1 controls in ISO-8859-1.
    let prose = "Le petit café du port ouvre à six heures, bien avant le premier bateau. \
        Les pêcheurs l'appellent \u{201c}la maison\u{201d} et y boivent un crème au comptoir \
        pendant que la patronne, Hélène, prépare les crêpes de la journée pour tout le quartier.";
    let bytes = encode(
        &page("<meta charset=latin1>", "Le café du port", prose),
        WINDOWS_1252,
    );
    assert!(bytes.contains(&0x93));
    assert_keeps(
        &bytes,
        Some("text/html; charset=\"ISO-8859-1\""),
        &["l'appellent \u{201c}la maison\u{201d}", "Hélène"],
    );
    assert_keeps(
        &bytes,
        None,
        &["l'appellent \u{201c}la maison\u{201d}", "Hélène"],
    );
}

#[test]
fn a_legacy_label_on_utf8_bytes_does_not_make_mojibake() {
    let html = page("<meta charset=iso-8859-1>", "Le café du port", FRENCH);
    assert_keeps(
        html.as_bytes(),
        None,
        &["café du port ouvre à six heures", "Hélène"],
    );
    let cleaned = Cleaner::default()
        .clean_bytes(html.as_bytes(), None)
        .unwrap();
    assert!(!cleaned.text().contains("Ã"));
}

#[test]
fn utf8_bytes_clean_as_the_str_does() {
    let html = page("<meta charset=utf-8>", "Le café du port", FRENCH);
    let cleaner = Cleaner::default();
    let from_bytes = cleaner.clean_bytes(html.as_bytes(), None).unwrap();
    assert_eq!(from_bytes.text(), cleaner.clean(&html).unwrap().text());
    let text = format!("Home\n\n{FRENCH}\n\nAll rights reserved.");
    let from_bytes = cleaner
        .clean_bytes(text.as_bytes(), Some("text/plain"))
        .unwrap();
    assert_eq!(from_bytes.text(), cleaner.clean(&text).unwrap().text());
}

#[test]
fn the_size_limit_is_on_the_bytes() {
    let cleaner = Cleaner::builder().max_input_bytes(100).build().unwrap();
    let err = cleaner.clean_bytes(&[b'a'; 101], None).unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            len: 101,
            limit: 100
        }
    );
    assert!(cleaner.clean_bytes(&[b'a'; 100], None).is_ok());
}

#[test]
fn any_bytes_decode_without_panicking() {
    let cleaner = Cleaner::default();
    let samples: [&[u8]; 6] = [
        b"",
        b"\xFF\xFE",
        b"\xFE\xFF\x00",
        b"\xEF\xBB",
        b"<meta charset=utf-16><p>\x80\x81\xFF\xFE",
        b"<meta http-equiv=content-type content='charset=\"",
    ];
    for bytes in samples {
        for content_type in [None, Some("text/html; charset=utf-16"), Some(";charset=")] {
            assert!(cleaner.clean_bytes(bytes, content_type).is_ok());
        }
    }
}

/// `Cleaned::encoding` names the encoding each rule chose, and is `None` for
/// text given as `&str`.
#[test]
fn the_encoding_used_is_reported() {
    let cleaner = Cleaner::default();
    let cases: [(Vec<u8>, Option<&str>, &str); 5] = [
        (
            encode(
                &page("<meta charset=\"windows-1252\">", "Le café du port", FRENCH),
                WINDOWS_1252,
            ),
            None,
            "windows-1252",
        ),
        (
            encode(&page("", "大雨で川があふれる", JAPANESE), SHIFT_JIS),
            Some("text/html; charset=shift_jis"),
            "Shift_JIS",
        ),
        (
            [0xFF, 0xFE]
                .into_iter()
                .chain(encode(&page("", "Le café du port", FRENCH), UTF_16LE))
                .collect(),
            None,
            "UTF-16LE",
        ),
        (
            encode(
                &page("<meta charset=\"latin1\">", "Le café du port", FRENCH),
                WINDOWS_1252,
            ),
            None,
            "windows-1252",
        ),
        (
            page("", "Le café du port", FRENCH).into_bytes(),
            None,
            "UTF-8",
        ),
    ];
    for (bytes, content_type, name) in cases {
        let cleaned = cleaner
            .clean_bytes(&bytes, content_type)
            .expect("clean_bytes");
        assert_eq!(cleaned.encoding(), Some(name));
    }
    assert_eq!(cleaner.clean("Some text.").expect("clean").encoding(), None);
}
