/**
 * Clients' contact details. The rule (documented in src/core/privacy/README.md):
 *
 * A text is refused when it holds **contact details** — a phone number, an e-mail address or a
 * street address — and the word nearest to them makes them **someone else's**: a client or a third
 * person ("asiakas", "asiakkaan", "nuori", "hänen", "perhe", "klient", "hans", "client", "his/her",
 * a first name…). It is allowed when the nearest such word makes them **the organisation's or the
 * writer's own** ("toimistomme", "meille", "ry", "minulle", "vårt kontor", "our office"…), or when
 * nothing says whose they are (an event's street address, a phone number to call).
 *
 * Not contact details: an e-mail to a role mailbox (info@, toimisto@, kanslia@, office@…, always
 * an organisation's), business ids (Y-tunnus 1234567-8), IBANs, dates and times.
 *
 * The rule is a heuristic by nature; tests/core/privacy-corpus.txt holds real-looking sentences
 * both ways. Grow it whenever a case is found.
 */
import { digitLookalikes, normaliseWords } from "./normalise.js";

/** How far (in characters) a word can be from the contact details and still say whose they are. */
const REACH = 160;

const PHONE =
  /(?<![\d+])(?:(?:\+|00)?358[ ._-]?(?:\(0\)[ ._-]?)?\d{1,3}(?:[ ._-]?\d){4,9}|(?:\+|00)\d{2,3}[ ._-]?(?:\(0\)[ ._-]?)?\d{1,3}(?:[ ._-]?\d){4,9}|0(?:[ ./_-]?\d){6,9}|\(0\d{1,3}\)[ ._-]?\d(?:[ ._-]?\d){4,7})(?!\d)/g;
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\.\p{L}{2,24}/gu;
/**
 * E-mail addresses written so that machines would not read them: "matti(at)gmail.com",
 * "matti [at] gmail [dot] com", "matti(a)gmail.com", "matti ät gmail piste com", "matti @ gmail.com",
 * "matti at gmail dot com" (the bare word needs a dot or a dot word in the domain).
 */
const OPEN = "[\\(\\[\\{<]";
const CLOSE = "[\\)\\]\\}>]";
const AT_WORD = "(?:at|a|ät|@|miukumauku|kissanhäntä|snabel-a)";
const DOT_WORD = "(?:dot|piste|punkt|pist)";
const OBFUSCATED_EMAIL = new RegExp(
  `(?<![\\p{L}\\d._%+-])([\\p{L}\\d._%+-]{1,64})` +
    `(?:\\s*${OPEN}\\s*${AT_WORD}\\s*${CLOSE}\\s*|\\s+(?:at|ät)\\s+|\\s+@\\s*|\\s*@\\s+)` +
    `[\\p{L}\\d-]{1,63}(?:(?:\\.|\\s*${OPEN}\\s*${DOT_WORD}\\s*${CLOSE}\\s*|\\s+${DOT_WORD}\\s+)[\\p{L}\\d-]{1,63}){1,8}(?![\\p{L}\\d])`,
  "gu",
);
const STREET_SUFFIX =
  "katu|tie|kuja|polku|väylä|raitti|kaari|kaarre|rinne|piha|aukio|puisto|puistikko|ranta|mäki|tori|penger|laakso|niitty|harju|ahde|vainio|kulma|gata|gatan|väg|vägen|gränd|stig|stigen|allé|backe|backen|torget|strand|stranden|street|road|avenue|lane|drive|close|way";
/** The same streets in the cases Finns use for where someone lives ("asuu Rautatienkadulla 12"). */
const STREET_INFLECTED =
  "kadu(?:lla|lle|lta|n)|kadun varrella|tie(?:llä|lle|ltä|n)|kuja(?:lla|lle|lta|n)|polu(?:lla|lle|lta|n)|väylä(?:llä|lle|ltä|n)|raiti(?:lla|lle|n)|kaare(?:lla|lle|n)|kaartee(?:lla|lle|n)|rintee(?:llä|lle|ltä|n)|piha(?:lla|lle|n)|aukio(?:lla|lle|n)|puisto(?:ssa|on|n)|rann(?:alla|alle|an)|mäe(?:llä|lle|ltä|n)|tori(?:lla|lle|n)|penkere(?:llä|lle|en)|laakso(?:ssa|on|n)|niity(?:llä|lle|n)|harju(?:lla|lle|n)|ahtee(?:lla|lle|n)|vainio(?:lla|lle|n)|kulma(?:ssa|an|n)|gatan|vägen";
const STREET = new RegExp(
  `(?<![\\p{L}-])\\p{L}[\\p{L}-]{0,40}?(?:${STREET_SUFFIX}|${STREET_INFLECTED}|(?<=\\p{L}{5})[kt](?=\\.))(?:\\.\\s*|\\s+)(?:(?:nro|numero|no|n:o)\\.?\\s+)?\\d{1,4}(?:\\s?[a-h])?(?:\\s?\\d{1,3})?(?!\\d)`,
  "gu",
);
/** A home: a staircase and a flat number ("5 A 3", "12 B 4", "as. 4") or a door code next to a street address. */
const HOME =
  /\d{1,4}\s?[a-h]\s?\d{1,3}(?!\d)|(?<!\p{L})(?:as\.|asunto|ovikoodi|lgh|lägenhet|flat|apartment|apt\.?)(?!\p{L})/u;
/** English addresses put the number first: "10 Downing Street", "5 High Rd". */
const STREET_NUMBER_FIRST =
  /(?<![\p{L}\d])\d{1,4}[a-h]?,?\s+(?:\p{L}[\p{L}'-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|pl|court|ct|terrace|crescent|gardens)\.?(?![\p{L}\d])/gu;
const ADDRESS_WORDS =
  /(?<!\p{L})(?:osoit(?:e|teessa|teeseen|teesta|teen)|kotiosoite|adress(?:en)?|bor på|bor i|lives at|lives on|lives in|home address|address|asuu|asuvat|asustaa|majoittuu)\s*:?\s+[\p{L}\d .,-]{2,30}?\d{1,4}/gu;
/** E-mail addresses typed loosely: "matti.virtanen (at) gmail . com", "matti@@gmail.com", "matti@gmail", "matti at gmail". */
const WEBMAIL =
  "gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|aol|luukku|suomi24|kolumbus|elisanet|saunalahti|welho|netti|protonmail|proton|pm|gmx|mail|yandex|inbox";
const LOOSE_EMAIL = new RegExp(
  `(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]{1,64}(?:\\s*@{1,3}\\s*|\\s*[\\(\\[]\\s*(?:at|a|ät)\\s*[\\)\\]]\\s*|\\s+(?:at|ät)\\s+)(?:[\\p{L}\\d-]{1,63}(?:\\s*\\.\\s*[\\p{L}\\d-]{1,63}){1,8}|(?:${WEBMAIL}))(?![\\p{L}\\d])`,
  "gu",
);
/** A handle on a social network ("@matti_virtanen92"). */
const HANDLE = /(?<![\p{L}\d._%+@-])@[\p{L}\d_.]{2,30}(?![\p{L}\d@])/gu;
/** What follows a display-name mention: a space and a capitalised word ("@Maija Virtanen"). */
const MENTION_TAIL = /^[ \u00a0]\p{Lu}\p{Ll}+/u;
/** Mentions of a whole channel, which reach nobody outside it. */
const CHAT_WIDE_MENTION = /^@(?:channel|here|everyone)$/u;

const ROLE_MAILBOX =
  /^(?:info|toimisto|kanslia|kansli|office|contact|kontakt|yhteys|yhteystiedot|asiakaspalvelu|palvelu|palvelut|posti|kirjaamo|registry|hallinto|tiimi|team|hr|laskutus|billing|admin|support|tuki|vapaaehtoiset|vapaaehtoistoiminta|volunteers|noreply|no-reply|jasenet|jasenpalvelu|kundtjanst|kundtjänst|hello|hei|moi|myynti|sales|tilaukset|orders|viestinta|press|media|koulutus|kurssit|hankinnat|ruokajako|ruoka-apu|toiminta|nuoriso|etsiva|paja|työpaja|tyopaja)(?:[._-][\p{L}\d]+)?$/u;

/** Not contact details even if they look like a phone number: Y-tunnus, IBAN, dates, times. */
const NOT_CONTACT = [
  /(?<!\d)\d{7}-\d(?!\d)/g, // Y-tunnus
  /(?<![\p{L}\d])[a-z]{2}\d{2}(?: ?[\da-z]{4}){2,7}(?: ?[\da-z]{1,4})?(?![\p{L}\d])/gu, // IBAN
  /(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d)/g, // dates
  /(?<!\d)\d{1,2}[.:]\d{2}(?:\s?-\s?\d{1,2}[.:]\d{2})?(?!\d)/g, // times
  /(?:y-tunnus|ly-tunnus|fo-nummer|business id|org\.? ?nr|viite(?:numero)?|ref(?:erence)?|tilaus(?:numero)?|lasku(?:numero)?|order|invoice|faktura|beställning)\s*(?:nro|no|nr|#)?[:.]?\s*[\d -]{4,30}/gu,
];

/** Finnish singular case endings and possessive suffixes (no plural "i"/"j"/"t"). */
const SINGULAR_ENDING = "(?:n|a|ä|lle|lta|ltä|lla|llä|ksi|na|nä|ssa|ssä|sta|stä|an|än|en)?(?:ni|si|nsa|nsä|mme|nne)?";

const CLIENT_WORDS = [
  // Finnish
  "asiak(?!aspalvel)\\p{L}*",
  "nuor(?!iso)\\p{L}*",
  "hän",
  "hänen",
  "hänet",
  "hänelle",
  "häneen",
  "häntä",
  "hänestä",
  "häneltä",
  "henkilö(?!kun)\\p{L}*",
  "kuntoutuja\\p{L}*",
  "työnhakija\\p{L}*",
  "työtön\\p{L}*",
  "työttömä\\p{L}*",
  "perhe\\p{L}*",
  "perhee\\p{L}*",
  "äiti\\p{L}*",
  "äidi\\p{L}*",
  "isä",
  "isän",
  "isälle",
  "isää",
  "lapsi",
  "lapse\\p{L}*",
  "lasta",
  "lasten",
  "poika\\p{L}*",
  "poja\\p{L}*",
  "tyttö\\p{L}*",
  "tytö\\p{L}*",
  "vanhem\\p{L}*",
  "oppila\\p{L}*",
  "opiskelija\\p{L}*",
  "potila\\p{L}*",
  "vanhus\\p{L}*",
  "vanhukse\\p{L}*",
  "mummo\\p{L}*",
  "mummu\\p{L}*",
  "ukki\\p{L}*",
  "vaari\\p{L}*",
  "miehe\\p{L}*",
  "nainen",
  "naise\\p{L}*",
  "veli",
  "veljen",
  "veljelle",
  "sisko\\p{L}*",
  "sisar\\p{L}*",
  "osallistuja\\p{L}*",
  "hakija\\p{L}*",
  "omaise\\p{L}*",
  "omainen",
  "kävijä\\p{L}*",
  "tuettava\\p{L}*",
  "kotiosoite\\p{L}*",
  // relatives and the network's own client groups, every case ending; the group words only in
  // the singular (one person: "asukkaan", "vapaaehtoiselle"), as the plural addresses a group
  // ("Tarvitsemme vapaaehtoisia…, lisätiedot 044 …" is the organisation's own call)
  "tytär\\p{L}*",
  "tyttäre\\p{L}*",
  "vaimo\\p{L}*",
  "mies",
  "aviomie\\p{L}*",
  "puoliso\\p{L}*",
  "avopuoliso\\p{L}*",
  "isä\\p{L}{0,5}",
  "veli\\p{L}*",
  "velje\\p{L}*",
  "serku\\p{L}*",
  "serkku\\p{L}*",
  "täti\\p{L}*",
  "tädi\\p{L}*",
  "setä\\p{L}*",
  "sedä\\p{L}*",
  "eno\\p{L}{0,4}",
  "isovanhem\\p{L}*",
  "lapsenlap\\p{L}*",
  ...[
    "asukas",
    "asukkaa",
    "vapaaehtoinen",
    "vapaaehtoise",
    "vapaaehtoista",
    "maahanmuuttaja",
    "työkokeilija",
    "kokeilija",
    "harjoittelija",
    "palkkatukilainen",
    "palkkatukilaise",
    "pakolainen",
    "pakolaise",
    "turvapaikanhakija",
    "mielenterveyskuntoutuja",
    "päihdekuntoutuja",
    "kaveri",
    "ystävä",
    "naapuri",
    "tuttava",
    "tulkki",
    "tulki",
    "vanki",
    "vangi",
  ].map((stem) => `${stem}${SINGULAR_ENDING}`),
  // Swedish
  "klient\\p{L}*",
  "kund(?!tjänst)\\p{L}*",
  "ungdom(?!sgård)\\p{L}*",
  "han",
  "hans",
  "hon",
  "hennes",
  "henne",
  "honom",
  "personen\\p{L}*",
  "familj\\p{L}*",
  "mamma\\p{L}*",
  "pappa\\p{L}*",
  "barn\\p{L}*",
  "pojke\\p{L}*",
  "flicka\\p{L}*",
  "deltagare\\p{L}*",
  "brukare\\p{L}*",
  "patient\\p{L}*",
  "elev\\p{L}*",
  "arbetssökande",
  "anhörig\\p{L}*",
  "dotter\\p{L}*",
  "döttr\\p{L}*",
  "sonen",
  "sonens",
  "fru\\p{L}*",
  "hustru\\p{L}*",
  "maken",
  "makens",
  "boende",
  "invånare\\p{L}*",
  "praktikant\\p{L}*",
  "invandrare\\p{L}*",
  "flykting\\p{L}*",
  "vän",
  "vännen\\p{L}*",
  "granne\\p{L}*",
  "bror\\p{L}*",
  "syster\\p{L}*",
  // English
  "client\\p{L}*",
  "customer\\p{L}*",
  "youth",
  "young person",
  "young people",
  "his",
  "her",
  "hers",
  "him",
  "he",
  "she",
  "family",
  "mother",
  "father",
  "mum",
  "mom",
  "dad",
  "son",
  "daughter",
  "child\\p{L}*",
  "kid\\p{L}*",
  "participant\\p{L}*",
  "jobseeker\\p{L}*",
  "pupil\\p{L}*",
  "relative\\p{L}*",
  "boy\\p{L}*",
  "girl\\p{L}*",
  "wife\\p{L}*",
  "husband\\p{L}*",
  "partner\\p{L}*",
  "resident\\p{L}*",
  "trainee\\p{L}*",
  "intern\\p{L}*",
  "young man",
  "young woman",
  "man",
  "woman",
  "brother\\p{L}*",
  "sister\\p{L}*",
  "friend\\p{L}*",
  "neighbou?r\\p{L}*",
  "immigrant\\p{L}*",
  "refugee\\p{L}*",
  "prisoner\\p{L}*",
  "inmate\\p{L}*",
  "volunteer\\p{L}*",
  "interpreter\\p{L}*",
];
/**
 * Job titles and the organisation's own roles: a name right after one of them ("ohjaajamme
 * Anne", "Toiminnanjohtaja Matti Virtanen", "coordinator Sarah") is the organisation's contact
 * person, not a client.
 */
const TITLE_WORDS = [
  "ohjaaja\\p{L}*",
  "työnohjaaja\\p{L}*",
  "toiminnanjohtaja\\p{L}*",
  "johtaja\\p{L}*",
  "koordinaattori\\p{L}*",
  "sihteeri\\p{L}*",
  "puheenjohtaja\\p{L}*",
  "pj",
  "rahastonhoitaja\\p{L}*",
  "esihenkilö\\p{L}*",
  "esimie\\p{L}*",
  "vastaava\\p{L}*",
  "työntekijä\\p{L}*",
  "yhteyshenkilö\\p{L}*",
  "projektipäällik\\p{L}*",
  "päällik\\p{L}*",
  "suunnittelija\\p{L}*",
  "sosiaaliohjaaja\\p{L}*",
  "työvalmentaja\\p{L}*",
  "valmentaja\\p{L}*",
  "diakoni\\p{L}*",
  "pastori\\p{L}*",
  "kirkkoherra\\p{L}*",
  "rehtori\\p{L}*",
  "opettaja\\p{L}*",
  "verksamhetsledare\\p{L}*",
  "koordinator\\p{L}*",
  "ordförande\\p{L}*",
  "handledare\\p{L}*",
  "sekreterare\\p{L}*",
  "kontaktperson\\p{L}*",
  "coordinator\\p{L}*",
  "manager\\p{L}*",
  "director\\p{L}*",
  "chair\\p{L}*",
  "secretary",
  "instructor\\p{L}*",
  "contact person",
  "youth worker",
  "staff",
];
const OWN_WORDS = [
  // Finnish
  "toimisto\\p{L}*",
  "yhdistys\\p{L}*",
  "yhdistykse\\p{L}*",
  "ry",
  "rf",
  "järjestö\\p{L}*",
  "vastaanot\\p{L}*",
  "asiakaspalvelu\\p{L}*",
  "kanslia\\p{L}*",
  "vaihde\\p{L}*",
  "päivystys\\p{L}*",
  "meidän",
  "meille",
  "meihin",
  "meitä",
  "meiltä",
  "meillä",
  "me",
  "minu\\p{L}*",
  "minulle",
  "minä",
  "mun",
  "mulle",
  "multa",
  "minulta",
  "\\p{L}+mme",
  "\\p{L}+ni",
  "nuoriso\\p{L}*",
  "henkilökun\\p{L}*",
  "keskus\\p{L}*",
  "keskukse\\p{L}*",
  "työpaja\\p{L}*",
  "seurakun\\p{L}*",
  "toimipist\\p{L}*",
  "myymälä\\p{L}*",
  "kirpputori\\p{L}*",
  "kahvila\\p{L}*",
  "ota yhteyttä",
  "ottakaa yhteyttä",
  "yhteyshenkilö\\p{L}*",
  "säätiö\\p{L}*",
  "osuuskun\\p{L}*",
  "oy",
  "kaupun\\p{L}*",
  "kunta",
  "kunnan",
  // Swedish
  "kontor\\p{L}*",
  "förening\\p{L}*",
  "vår",
  "vårt",
  "våra",
  "oss",
  "mig",
  "mitt",
  "min",
  "jag",
  "kansli\\p{L}*",
  "kundtjänst\\p{L}*",
  "växel\\p{L}*",
  "reception\\p{L}*",
  "organisation\\p{L}*",
  "ungdomsgård\\p{L}*",
  "kontakta oss",
  "stiftelse\\p{L}*",
  // English
  "office\\p{L}*",
  "our",
  "ours",
  "us",
  "we",
  "me",
  "my",
  "organi[sz]ation\\p{L}*",
  "association\\p{L}*",
  "charity",
  "reception",
  "contact us",
  "centre",
  "center",
  "helpdesk",
  "foundation",
];

const wordsRegex = (words: string[]) => new RegExp(`(?<![\\p{L}\\d])(?:${words.join("|")})(?![\\p{L}\\d])`, "gu");
const CLIENT = wordsRegex(CLIENT_WORDS);
const OWN = wordsRegex(OWN_WORDS);
const TITLE = wordsRegex(TITLE_WORDS);

/**
 * Common first names (Finnish, Finland-Swedish, a few English): a capitalised one next to contact
 * details makes them a person's. Also with a Finnish case ending ("Matin", "Annalle").
 */
const FIRST_NAMES = [
  "Aada",
  "Aino",
  "Aleksi",
  "Anna",
  "Anne",
  "Anni",
  "Antti",
  "Ari",
  "Arja",
  "Eeva",
  "Eetu",
  "Eino",
  "Elina",
  "Ella",
  "Emilia",
  "Emma",
  "Eveliina",
  "Hanna",
  "Heikki",
  "Helena",
  "Helmi",
  "Henna",
  "Iida",
  "Ilkka",
  "Jaana",
  "Jani",
  "Janne",
  "Jari",
  "Jenna",
  "Jere",
  "Johanna",
  "Joni",
  "Jonna",
  "Juha",
  "Juho",
  "Jukka",
  "Jussi",
  "Kaisa",
  "Kalle",
  "Kari",
  "Katja",
  "Kati",
  "Kimmo",
  "Kirsi",
  "Laura",
  "Leena",
  "Lotta",
  "Maija",
  "Marja",
  "Markku",
  "Marko",
  "Matti",
  "Mervi",
  "Mika",
  "Mikko",
  "Minna",
  "Niko",
  "Noora",
  "Oona",
  "Olli",
  "Oskari",
  "Otto",
  "Paula",
  "Pekka",
  "Petri",
  "Pirjo",
  "Riikka",
  "Riitta",
  "Sami",
  "Sanna",
  "Sari",
  "Satu",
  "Seppo",
  "Siiri",
  "Suvi",
  "Teemu",
  "Timo",
  "Tuomas",
  "Tuula",
  "Veera",
  "Ville",
  "Aleksandra",
  "Ahmed",
  "Mohamed",
  "Ali",
  "Fatima",
  "Erik",
  "Johan",
  "Karl",
  "Lars",
  "Nils",
  "Sven",
  "Anders",
  "Astrid",
  "Ebba",
  "Elsa",
  "Freja",
  "Ingrid",
  "Karin",
  "Linnea",
  "Maja",
  "Saga",
  "John",
  "James",
  "Michael",
  "David",
  "Sarah",
  "Mary",
  "Emily",
  "Jessica",
  // more Finnish and Finland-Swedish names
  "Liisa",
  "Kalevi",
  "Tapio",
  "Juhani",
  "Johannes",
  "Mikael",
  "Antero",
  "Kristiina",
  "Marjatta",
  "Hannele",
  "Anneli",
  "Tuomo",
  "Hannu",
  "Jorma",
  "Pentti",
  "Raimo",
  "Matias",
  "Lauri",
  "Joonas",
  "Eero",
  "Väinö",
  "Elias",
  "Oliver",
  "Venla",
  "Sofia",
  "Aatu",
  "Veeti",
  "Pinja",
  "Saara",
  "Milla",
  "Roosa",
  "Jenni",
  "Tiina",
  "Heidi",
  "Susanna",
  "Sirpa",
  "Päivi",
  "Tarja",
  "Merja",
  "Ritva",
  "Raija",
  "Tuija",
  "Petra",
  "Marika",
  "Tanja",
  "Jaakko",
  "Jouni",
  "Pasi",
  "Tommi",
  "Tero",
  "Toni",
  "Risto",
  "Vesa",
  "Veikko",
  "Harri",
  "Pertti",
  "Mikaela",
  "Stina",
  // names of the network's immigrant clients (Ukrainian, Russian, Arabic, Somali, Persian…)
  "Olena",
  "Oleksandr",
  "Oleksii",
  "Oksana",
  "Olga",
  "Irina",
  "Iryna",
  "Natalia",
  "Nataliia",
  "Tetiana",
  "Svetlana",
  "Yulia",
  "Mariia",
  "Anastasia",
  "Dmitri",
  "Dmytro",
  "Sergei",
  "Serhii",
  "Andrii",
  "Andrei",
  "Ivan",
  "Mykola",
  "Viktor",
  "Mohammed",
  "Muhammad",
  "Mohammad",
  "Ahmad",
  "Hassan",
  "Hussein",
  "Omar",
  "Abdi",
  "Abdullahi",
  "Ibrahim",
  "Mustafa",
  "Yusuf",
  "Amina",
  "Aisha",
  "Zainab",
  "Maryam",
  "Leila",
  "Reza",
  "Ali",
];
/**
 * Finnish surnames by their commonest ending (Virtanen, Korhonen, Mäkinen…), also inflected
 * (Virtaselle, Mäkisen), when capitalised; words that only look like one are excepted.
 */
export const SURNAME_PATTERN =
  "(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}{2,}(?:nen|se(?:n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|en|ksi|t|ni))(?![\\p{L}\\d])";
const SURNAME = new RegExp(SURNAME_PATTERN, "gu");
export const NOT_SURNAME =
  /^(?:toi|jokai|yhtei|ensimmäi|viimei|tällai|sellai|millai|kaikenlai|erilai|samanlai|säännölli|henkilökohtai|viikoittai|kuukausittai|päivittäi|vuosittai|pysyvä|nykyi|aikai|myöhäi|alkuperäi|kansalli|paikalli|alueelli|kansainväli|virallli|ihmi|nai|mie|suomalai|ulkomaalai|venäläi|ukrainalai|virolai|ruotsalai|lahtelai|hollolalai|kuopiolai|helsinkiläi|tamperelai|turkulai|oululai|punai|sini|valkoi|vihrei|keltai|harmaa|hyväntekeväi|kristilli|luterilai|ortodoksi|sosiaali|yhteisölli|kunnalli|valtakunnalli|maakunnalli|virallinen)/u;
// Finnish consonant gradation before an ending: Matti → Matin, Jukka → Jukan, Kaisa stays.
const STEMS = FIRST_NAMES.flatMap((n) => [
  n,
  n.replace(/(kk|pp|tt)([aeiouyäö])$/, (_, c: string, v: string) => `${c[0]}${v}`),
]);
/** A first name, also inflected (for client-identity.ts to build on). */
export const NAME_PATTERN = `(?<![\\p{L}\\d])(?:${[...new Set(STEMS)].join("|")})\\p{Ll}{0,6}(?![\\p{L}\\d])`;
const NAME = new RegExp(NAME_PATTERN, "gu");

type Span = { start: number; end: number };

function spans(re: RegExp, s: string): Span[] {
  return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => " ".repeat(m.length));
}

/** Distance from the contact details to the nearest marker not inside them (Infinity if none within reach). */
function nearest(item: Span, markers: Span[]): number {
  let best = Infinity;
  for (const m of markers) {
    if (m.start >= item.start && m.end <= item.end) continue;
    const d = m.end <= item.start ? item.start - m.end : m.start >= item.end ? m.start - item.end : 0;
    if (d < best) best = d;
  }
  return best <= REACH ? best : Infinity;
}

/** A free webmail domain: an address there is a private person's unless the text says it is the organisation's. */
const WEBMAIL_DOMAIN = new RegExp(`@\\s*(?:${WEBMAIL})(?:\\.|$)`, "u");
/** An organisation's address on a webmail domain ("manna.ry@gmail.com", "nuorisoseura.lahti@…"). */
const ORG_LOCAL =
  /(?:^|[._-])(?:ry|rf|yhdistys|seura|srk|seurakunta|klubi|club|kerho|nuoriso|yhdistyksen|forening|förening|org|team|tiimi)(?:$|[._-])/u;

type Item = Span & { kind: "phone" | "email" | "webmail" | "handle" | "street" | "home" };

/** The contact details found in `text` (phone numbers, personal e-mail addresses, street addresses). */
export function findContactDetails(text: string): Item[] {
  let s = normaliseWords(text).toLowerCase();
  const items: Item[] = [];
  const email = (m: RegExpMatchArray, local: string) => {
    if (ROLE_MAILBOX.test(local)) return;
    const webmail = WEBMAIL_DOMAIN.test(m[0]) && !ORG_LOCAL.test(local);
    items.push({ start: m.index!, end: m.index! + m[0].length, kind: webmail ? "webmail" : "email" });
  };
  for (const m of s.matchAll(EMAIL)) email(m, m[0].split("@")[0]!);
  s = blank(s, EMAIL); // e-mail addresses hold no phone numbers or streets
  for (const m of s.matchAll(OBFUSCATED_EMAIL)) email(m, m[1]!);
  s = blank(s, OBFUSCATED_EMAIL);
  for (const m of s.matchAll(LOOSE_EMAIL)) email(m, m[0].split(/\s|@|\(|\[/)[0]!);
  s = blank(s, LOOSE_EMAIL);
  const cased = normaliseWords(text);
  for (const m of s.matchAll(HANDLE)) {
    // "@Maija Virtanen" is a chat mention of a member by display name (Slack and Telegram show
    // mentions so), not a handle on a social network: a capitalised word follows.
    if (cased.length === s.length && MENTION_TAIL.test(cased.slice(m.index + m[0].length))) continue;
    if (CHAT_WIDE_MENTION.test(m[0])) continue; // Slack's @channel, @here, @everyone
    if (s[m.index - 1] === "<") continue; // Slack's own markup for a member ("<@U0123>"), typed as text

    items.push({ start: m.index, end: m.index + m[0].length, kind: "handle" });
  }
  s = blank(s, HANDLE);
  for (const re of NOT_CONTACT) s = blank(s, re);
  const phones = new Map<number, Span>();
  // Letters typed for digits ("04O 123 4567") are read as digits too (one character for one).
  for (const variant of new Set([s, digitLookalikes(s)]))
    for (const sp of spans(PHONE, variant)) phones.set(sp.start, sp);
  items.push(...[...phones.values()].map((sp) => ({ ...sp, kind: "phone" as const })));
  for (const sp of [...spans(STREET, s), ...spans(STREET_NUMBER_FIRST, s), ...spans(ADDRESS_WORDS, s)]) {
    const around = s.slice(sp.start, Math.min(s.length, sp.end + 24));
    items.push({ ...sp, kind: HOME.test(around) ? "home" : "street" });
  }
  return items;
}

/** True when the person named at `index` of normalised `s` comes right after a job title or an own word. */
export function isTitledPerson(s: string, index: number): boolean {
  const words = s.toLowerCase();
  const clientWords = spans(CLIENT, words);
  const own = spans(OWN, words).filter((o) => !clientWords.some((c) => c.start === o.start));
  return [...spans(TITLE, words), ...own].some(
    (t) => t.end <= index && index - t.end <= 24 && !/[.!?;]/.test(s.slice(t.end, index)),
  );
}

/**
 * True when `text` holds someone else's contact details: a client's or a third person's (see
 * the module comment for the rule).
 */
export function containsClientContact(text: string): boolean {
  const items = findContactDetails(text);
  if (!items.length) return false;
  const cased = normaliseWords(text);
  const words = cased.toLowerCase();
  const clientWords = spans(CLIENT, words);
  const own = spans(OWN, words).filter((o) => !clientWords.some((c) => c.start === o.start));
  const titles = [...spans(TITLE, words), ...own];
  const surnames = [...cased.matchAll(SURNAME)]
    .filter((m) => !NOT_SURNAME.test(m[0].toLowerCase()))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A name right after a job title or an own word ("ohjaajamme Anne", "Toiminnanjohtaja Matti
  // Virtanen") is the organisation's contact person.
  const people = [...spans(NAME, cased), ...surnames].filter(
    (p) =>
      !titles.some((t) => t.end <= p.start && p.start - t.end <= 24 && !/[.!?;]/.test(cased.slice(t.end, p.start))),
  );
  const ownMarkers = [...own, ...spans(TITLE, words)];
  return items.some((item) => {
    // An address on the organisation's own domain is named by a person only when a client word says so.
    const client = item.kind === "email" ? clientWords : [...clientWords, ...people];
    const dClient = nearest(item, client);
    const dOwn = nearest(item, ownMarkers);
    if (dClient !== Infinity && dClient < dOwn) return true;
    // A home (a flat number or a door code) or a private webmail address is someone's unless the
    // text says it is the organisation's or the writer's own.
    return (item.kind === "home" || item.kind === "webmail") && dOwn === Infinity;
  });
}
