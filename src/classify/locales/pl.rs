//! Polish boilerplate phrasings.

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((udostępnij|podziel się|udostępnij to)( (ten )?(artykuł|wpis|stronę))?( (na|przez|w) [\w -]{1,20})?|lubię to|polub|drukuj|wydrukuj|wyślij e-?mailem|kopiuj link)\s*(:|!|\.|…)*$",
        &[
            "Udostępnij:",
            "Lubię to:",
            "Udostępnij ten artykuł",
            "Udostępnij na Facebooku",
        ],
        &["Nie chciała udostępnić tej tajemnicy nikomu, nawet siostrze."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(dodaj|zostaw|napisz) (komentarz|odpowiedź)( anuluj pisanie odpowiedzi)?\W*$|^(odpowiedz|anuluj (pisanie )?odpowiedzi?|opublikuj komentarz|wyślij komentarz|komentarze?)\W*$|twój adres e-?mail nie zostanie opublikowany|wymagane pola są oznaczone",
        &[
            "Dodaj komentarz",
            "Anuluj pisanie odpowiedzi",
            "Odpowiedz",
            "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
        ],
        &["Odpowiedz na ten list do piątku, powiedział notariusz."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(używamy|wykorzystujemy|ta strona (używa|wykorzystuje)|strona (używa|wykorzystuje)) (plików )?cookies?\b|^(akceptuj|akceptuję|zaakceptuj|odrzuć|zgadzam się)( wszystkie| wszystko)?\W*$|^(ustawienia|zarządzaj|polityka) (plików )?cookies?\W*$|^(ustawienia prywatności|niezbędne pliki cookies?)\W*$",
        &[
            "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
            "Akceptuj wszystkie",
            "Odrzuć",
            "Ustawienia cookies",
        ],
        &["Moja babcia piekła ciasteczka w każdą niedzielę dla całej ulicy."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^((zapisz się|subskrybuj|zasubskrybuj)( do (naszego )?newslettera)?|newsletter|(twój|podaj|wpisz) (adres )?e-?mail)\W*$",
        &[
            "Zapisz się do newslettera",
            "Subskrybuj",
            "Twój adres e-mail",
        ],
        &["Gazeta wiosną przestała wysyłać newsletter, bo nikt go nie czytał."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(zaloguj( się)?|wyloguj( się)?|logowanie|zarejestruj( się)?|rejestracja|załóż konto|utwórz konto|moje konto|nie pamiętasz hasła\??|zapomniałeś hasła\??|nazwa użytkownika|hasło)(\s*(/|\||lub)\s*(zarejestruj( się)?|załóż konto|zaloguj( się)?))?\W*$",
        &[
            "Zaloguj się",
            "Zaloguj / Zarejestruj",
            "Nie pamiętasz hasła?",
            "Moje konto",
        ],
        &["Zaloguj się na serwer kluczem, który ci daliśmy, i uruchom skrypt."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\bwszelkie prawa zastrzeżone\b",
        &["© 2024 Przykład Media. Wszelkie prawa zastrzeżone."],
        &["Prawo do rezerwacji stolika nie jest żadnym prawem, mówił."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(przejdź|przeskocz) do (treści|zawartości|głównej treści|nawigacji)\W*$|^(do góry|wróć do góry|na górę|powrót na górę)\W*$",
        &["Przejdź do treści", "Przejdź do głównej treści", "Do góry"],
        &["Do góry prowadziły wąskie schody, zimą zawsze oblodzone."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^strona \d+ z \d+\W*$|^(«|‹|←|<)*\s*(następna|następny|poprzednia|poprzedni|starsze wpisy|nowsze wpisy|następna strona|poprzednia strona)\s*(»|›|→|>)*$|^(załaduj więcej|pokaż więcej|zobacz wszystkie|wczytaj więcej)\W*$",
        &[
            "Strona 2 z 9",
            "Następna »",
            "« Poprzednia",
            "Starsze wpisy",
            "Pokaż więcej",
        ],
        &["Następnego dnia pojechaliśmy nad morze i pływaliśmy całe popołudnie."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(opublikowano|opublikowane|dodano) w:? [^.!?]+$|^(tagi|kategori[ae]|tematy|słowa kluczowe)\s*:.*$|^(autor|autorka|napisane przez)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(ut)?\.? czytania|czas czytania\s*:?\s*\d+\s*min(ut)?\.?)\W*$",
        &[
            "Opublikowano w Polityka, Europa",
            "Tagi: dyplomacja, NATO",
            "Autor: Anna Kowalska",
            "5 min czytania",
        ],
        &["Opublikowano w lokalnej gazecie tekst, który wywołał skandal w całym regionie."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(czytaj (więcej|dalej)|czytaj całość|dowiedz się więcej|więcej informacji|kliknij tutaj|więcej)\s*(»|›|→|>|…|\.)*$",
        &["Czytaj więcej", "Czytaj dalej »", "Dowiedz się więcej"],
        &["Czytaj więcej książek, mówiła nauczycielka, a będziesz lepiej pisać."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(podobne (wpisy|artykuły)|powiązane (wpisy|artykuły)|polecane (wpisy|artykuły)|najnowsze (wpisy|artykuły)|może cię (też )?zainteresować|zobacz (też|także)|czytaj (też|także)|najczęściej czytane)\W*$",
        &["Podobne wpisy", "Zobacz też", "Najczęściej czytane"],
        &["Podobne wpisy pojawiały się w gazetach już w zeszłym roku, bez skutku."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(strona główna|menu|nawigacja|szukaj|wyszukaj|kontakt|o nas|polityka prywatności|regulamin|pomoc|koszyk|mapa strony|kariera|dostępność)\W*$",
        &[
            "Strona główna",
            "O nas",
            "Polityka prywatności",
            "Regulamin",
        ],
        &["O nas mówiono w całym mieście jeszcze przez wiele tygodni."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(reklama|ogłoszenie|sponsorowane|artykuł sponsorowany|materiał (sponsorowany|partnera))\W*$",
        &["Reklama", "REKLAMA", "Artykuł sponsorowany"],
        &["Reklama stanowi już połowę przychodów gazety, jak wynika z raportu."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (jest )?wyłączon[ya]\b|\bwłącz javascript\b|\btwoja przeglądarka nie obsługuje\b",
        &[
            "JavaScript jest wyłączony w Twojej przeglądarce.",
            "Twoja przeglądarka nie obsługuje wideo.",
        ],
        &["JavaScript to język programowania działający w przeglądarce."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(dodaj do koszyka|kup teraz|zamów teraz|pobierz|wypróbuj za darmo|zapytaj o ofertę)\W*$",
        &["Dodaj do koszyka", "Kup teraz"],
        &["Kup teraz mleko i chleb, bo sklep zamykają wcześniej."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d .,]*\s*(komentarz[ye]?|komentarzy|odpowied(zi|ź)|wyświetle[ńn]|polubie[ńn]|opinii|opinie)\W*$|^(brak komentarzy|nie ma jeszcze komentarzy)\W*$",
        &["12 komentarzy", "Brak komentarzy"],
        &["12 komentarzy wpłynęło do komisji przed upływem terminu."],
    ),
    p(
        Rule::DateOnly,
        r"^((opublikowano|zaktualizowano|aktualizacja|data)\s*:?\s*)?\d{1,2}\s+(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\s+\d{4}(\s*(r\.)?,?\s*(godz\.?\s*)?\d{1,2}[:.]\d{2})?\W*$",
        &["19 stycznia 2022", "Opublikowano: 3 marca 2021, 14:30"],
        &["19 stycznia 2022 rozpoczęły się rozmowy w Genewie."],
    ),
];
