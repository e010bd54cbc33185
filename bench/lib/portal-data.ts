/**
 * Portal data for the benchmark: many published organisation profiles and open places with
 * varied, realistic Finnish text (names, about texts, services, premises, tasks, how to apply),
 * spread over the network's municipalities, target groups, activities and kinds of place —
 * deterministic (seeded), written with createMany in batches. The workshop story of
 * tests/support/portal-seed.ts (Kaupunkikylä ry and its work-trial place with animals in
 * Hollola) is added on top, so the issue's own query has its answer among the many.
 */
import type { Db } from "../../src/db/client.js";
import {
  ACTIVITIES,
  MUNICIPALITIES,
  PLACE_KINDS,
  SERVED_LANGUAGES,
  TARGET_GROUPS,
  type Activity,
  type PlaceKind,
} from "../../src/core/features/portal/constants.js";
import { organisationKey, organisationRow } from "../../src/core/members.js";
import { seedPortalStory } from "../../tests/support/portal-seed.js";
import { prng } from "./telegram-load.js";
import { nowMs } from "./stats.js";

const DAY = 86_400_000;
const BATCH = 500;

const NAME_FIRST = [
  "Päijät-Hämeen",
  "Lahden",
  "Hollolan",
  "Nastolan",
  "Heinolan",
  "Orimattilan",
  "Asikkalan",
  "Sysmän",
  "Hartolan",
  "Padasjoen",
  "Kärkölän",
  "Iitin",
  "Salpausselän",
  "Vesijärven",
  "Kymijoen",
  "Keski-Lahden",
  "Kiveriön",
  "Launeen",
  "Mukkulan",
  "Ahtialan",
];
const NAME_MIDDLE = [
  "Nuorisoseura",
  "Työttömät",
  "Kierrätyskeskus",
  "Kotieläinpiha",
  "Eläkeläiset",
  "Mielenterveysyhdistys",
  "Monikulttuurinen yhdistys",
  "Setlementti",
  "Kylätoimikunta",
  "Martat",
  "Sydänyhdistys",
  "Vammaisneuvosto",
  "Ruoka-apu",
  "Työpaja",
  "Kuntoutuskeskus",
  "Perhekeskus",
  "Urheiluseura",
  "Kulttuuriyhdistys",
  "Seurakuntayhtymä",
  "Ompeluseura",
  "Luontokoulu",
  "Pyöräkorjaamo",
  "Kirpputori",
  "Omaishoitajat",
  "Vertaistukiryhmä",
];
const NAME_LAST = ["ry", "ry", "ry", "osuuskunta", "säätiö", "yhdistys ry", "kannatusyhdistys ry"];

/** Sentences by activity: what an organisation does, in the words people use. */
const ABOUT: Record<Activity, string[]> = {
  food: [
    "Pidämme yhteisökahvilaa, jossa valmistetaan lounasta ja leivonnaisia paikallisista raaka-aineista.",
    "Jaamme ruoka-apua kahdesti viikossa ja järjestämme yhteisiä aterioita.",
  ],
  recycling: [
    "Kierrätysmyymälämme ottaa vastaan huonekaluja, vaatteita ja kodintavaroita ja myy ne edullisesti eteenpäin.",
    "Lajittelemme lahjoitustavarat ja korjaamme ne myyntikuntoon kirpputorillamme.",
  ],
  crafts: [
    "Käsityöpajassa kudotaan mattoja, ommellaan ja tehdään puutöitä.",
    "Ompelimossa korjataan vaatteita ja ommellaan kierrätysmateriaaleista uutta.",
  ],
  outdoors: [
    "Hoidamme puistoja, polkuja ja kyläteiden varsia ympäri vuoden.",
    "Teemme metsä- ja pihatöitä sekä maisemanhoitoa yhdessä kylien kanssa.",
  ],
  animals: [
    "Kotieläinpihallamme on lampaita, kanoja, kaneja ja hevosia, joiden hoitoon osallistutaan päivittäin.",
    "Talliyhteisössä opitaan hevosten hoitoa ja tallityötä omaan tahtiin.",
  ],
  care: [
    "Vierailemme ikäihmisten luona, ulkoilemme heidän kanssaan ja autamme arjen asioissa.",
    "Omaishoitajien vapaapäivinä järjestämme seuraa ja hoivaa kotiin.",
  ],
  it: [
    "Digitukipisteessä neuvotaan tietokoneen, älypuhelimen ja verkkoasioinnin käytössä.",
    "Kunnostamme käytettyjä tietokoneita ja asennamme niihin ohjelmat uusille käyttäjille.",
  ],
  guidance: [
    "Ohjaamme työnhakuun, opiskeluun ja arjen asioihin liittyvissä kysymyksissä ilman ajanvarausta.",
    "Neuvontapisteessä autetaan lomakkeiden, asumisen ja talouden kysymyksissä.",
  ],
  sports: [
    "Järjestämme matalan kynnyksen liikuntavuoroja, sählyä, kävelyryhmiä ja kuntosalia.",
    "Liikuntaryhmämme sopivat kaikille kunnosta riippumatta.",
  ],
  culture: [
    "Teemme teatteria, musiikkia ja kuvataidetta yhdessä, ja esitykset ovat kaikille avoimia.",
    "Bändikämpällä harjoitellaan soittamista ja järjestetään pieniä konsertteja.",
  ],
  repair: [
    "Korjaamolla huolletaan polkupyöriä ja tehdään pieniä remontteja yhdistysten tiloihin.",
    "Rakennamme ja kunnostamme kalusteita sekä teemme kiinteistöjen huoltotöitä.",
  ],
  cleaning: [
    "Siivoustiimimme hoitaa yhdistysten toimitiloja ja auttaa ikäihmisiä kotisiivouksessa.",
    "Teemme kiinteistöjen siivousta ja pyykkihuoltoa ammattilaisen ohjauksessa.",
  ],
  office: [
    "Toimistossa opitaan asiakaspalvelua, arkistointia ja tekstinkäsittelyä.",
    "Hoidamme jäsenrekisteriä, tiedotusta ja tapahtumien järjestelyjä.",
  ],
  courses: [
    "Järjestämme suomen kielen kursseja, hygieniapassikoulutusta ja työturvallisuuskortteja.",
    "Lyhytkursseilla opitaan ruoanlaittoa, taloudenhallintaa ja työelämätaitoja.",
  ],
  peer_support: [
    "Vertaistukiryhmät kokoontuvat viikoittain, ja niissä jaetaan kokemuksia turvallisesti.",
    "Kokemusasiantuntijamme tukevat toipumisen eri vaiheissa.",
  ],
  transport: [
    "Kuljetamme lahjoitustavaroita ja ruoka-apua kuntien välillä pakettiautoilla.",
    "Asiointikuljetuksilla ikäihmiset pääsevät kauppaan ja lääkäriin.",
  ],
};

const SERVICES = [
  "Ruokailu maksuton osallistujille.",
  "Perehdytys ja työvaatteet järjestetään.",
  "Toimintaa myös iltaisin ja viikonloppuisin.",
  "Tutustumiskäynnit sopimuksen mukaan.",
  "Ohjaajana sosiaalialan ammattilainen.",
  "Mahdollisuus osa-aikaisuuteen.",
  "Matkakulut korvataan tarvittaessa.",
  "",
];
const STREETS = ["Rautatienkatu", "Aleksanterinkatu", "Vesijärvenkatu", "Mannerheiminkatu", "Kirkkokatu", "Asemantie"];
const HOURS = ["ma–pe 9–15", "ma–to 8–16", "ti–la 10–17", "ma–pe 8–14, la 10–13", "arkisin 9–16"];
const ACCESS = [
  "Esteetön sisäänkäynti ja wc.",
  "Pyörätuolilla pääsee kaikkiin tiloihin.",
  "Toisessa kerroksessa, ei hissiä.",
  "Induktiosilmukka kokoushuoneessa.",
  "",
];

/** Place titles by activity. */
const TITLES: Record<Activity, string[]> = {
  food: ["Kahvilatyöntekijä", "Keittiöapulainen", "Ruoanjakaja", "Leipomoavustaja"],
  recycling: ["Kierrätysmyymälän myyjä", "Tavaranlajittelija", "Kirpputorin varastotyöntekijä"],
  crafts: ["Ompelija kierrätysompelimoon", "Puutyöpajan avustaja", "Kutoja kudontapajaan"],
  outdoors: ["Puistotyöntekijä", "Metsätyöntekijä", "Piha- ja viheralueiden hoitaja"],
  animals: ["Eläintenhoitaja kotieläinpihalle", "Tallityöntekijä", "Koirahoitolan avustaja"],
  care: ["Ulkoiluystävä ikäihmisille", "Hoiva-avustaja", "Seuralainen palvelutaloon"],
  it: ["Digituen neuvoja", "Tietokoneiden kunnostaja", "Verkkosivujen päivittäjä"],
  guidance: ["Neuvontapisteen avustaja", "Vertaisohjaaja työnhakuun"],
  sports: ["Liikuntaryhmän apuohjaaja", "Kuntosalin valvoja", "Sählyvuoron ohjaaja"],
  culture: ["Tapahtuma-avustaja", "Teatterin lavastaja", "Bändikämpän isäntä"],
  repair: ["Pyöräkorjaamon mekaanikko", "Remonttiavustaja", "Kiinteistöhuollon työntekijä"],
  cleaning: ["Siivooja", "Pyykkihuollon työntekijä", "Kotisiivouksen avustaja"],
  office: ["Toimistoavustaja", "Asiakaspalvelija", "Tiedottaja"],
  courses: ["Kurssiavustaja", "Kielikahvilan vetäjä"],
  peer_support: ["Vertaistukiryhmän vetäjä", "Kokemusasiantuntija"],
  transport: ["Pakettiauton kuljettaja", "Asiointikuljettaja", "Kuljetusapulainen"],
};
const TASKS: Record<Activity, string> = {
  food: "ruoanvalmistus, tiskaus, asiakaspalvelu kassalla ja salin siistiminen",
  recycling: "lahjoitusten vastaanotto, lajittelu, hinnoittelu ja myymälän järjestely",
  crafts: "ompelu, korjausompelu, puutyöt ja materiaalien valmistelu",
  outdoors: "haravointi, risujen keruu, polkujen kunnostus ja lumityöt",
  animals: "eläinten ruokinta, karsinoiden siivous, ulkoilutus ja pihatyöt",
  care: "ulkoilu ikäihmisten kanssa, seurustelu, kauppa-asiointi ja pienet arjen askareet",
  it: "laitteiden asennus, ohjelmien päivitys ja asiakkaiden neuvonta",
  guidance: "asiakkaiden vastaanotto, neuvonta ja lomakkeissa auttaminen",
  sports: "liikuntavuorojen järjestelyt, välineiden huolto ja ryhmien ohjaus",
  culture: "tapahtumien järjestelyt, lipunmyynti, lavastus ja tiedotus",
  repair: "polkupyörien huolto, pienet remonttityöt ja kiinteistön huolto",
  cleaning: "toimitilojen siivous, pyykkihuolto ja jätehuolto",
  office: "asiakaspalvelu puhelimessa, arkistointi ja tekstinkäsittely",
  courses: "kurssien järjestelyt, osallistujien ohjaus ja tilojen valmistelu",
  peer_support: "ryhmien vetäminen, kuunteleminen ja tapahtumien suunnittelu",
  transport: "tavaroiden nouto ja kuljetus, asiakkaiden kuljetus ja auton huolto",
};
const APPLY = [
  "Soita tai laita viestiä, niin sovitaan tutustumiskäynti.",
  "Hakemukset sähköpostilla, kerro lyhyesti itsestäsi.",
  "Tule käymään aukioloaikana, työvalmentaja kertoo lisää.",
  "Ota yhteys omaan työvalmentajaasi tai TE-palveluihin.",
];

export interface PortalSeedResult {
  organisations: number;
  profiles: number;
  places: number;
  ms: number;
}

/**
 * `organisations` published profiles and `places` open places (plus the workshop story),
 * written with createMany in batches of 500. Returns how long it took.
 */
export async function seedPortal(
  db: Db,
  options: { organisations: number; places: number; now: Date; seed?: number },
): Promise<PortalSeedResult> {
  const t0 = nowMs();
  const { now } = options;
  const rnd = prng(options.seed ?? 15);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(list.length, min + Math.floor(rnd() * (max - min + 1)));
    const out = new Set<T>();
    while (out.size < n) out.add(pick(list));
    return list.filter((x) => out.has(x));
  };

  await seedPortalStory(db, now);

  const names = new Set<string>();
  const keys = new Set(
    (await db.organisation.findMany({ select: { name: true } })).map((o) => organisationKey(o.name)),
  );
  const orgs: { name: string; municipality: string; normalisedName: string }[] = [];
  while (orgs.length < options.organisations) {
    const first = pick(NAME_FIRST);
    const name = `${first} ${pick(NAME_MIDDLE)} ${pick(NAME_LAST)}`;
    // "Lahden Martat ry" and "Lahden Martat yhdistys ry" are two; the same key twice gets a number.
    const unique = keys.has(organisationKey(name)) ? `${name} ${orgs.length + 1}` : name;
    keys.add(organisationKey(unique));
    names.add(unique);
    const home = MUNICIPALITIES.find((m) => first.startsWith(m.slice(0, 4))) ?? pick(MUNICIPALITIES);
    orgs.push(organisationRow({ name: unique, municipality: home }));
  }
  for (let i = 0; i < orgs.length; i += BATCH) await db.organisation.createMany({ data: orgs.slice(i, i + BATCH) });
  const rows = await db.organisation.findMany({
    where: { name: { in: [...names] } },
    select: { id: true, name: true },
  });
  const idOf = new Map(rows.map((r) => [r.name, r.id]));

  const profiles = orgs.map((o, i) => {
    const activities = some(ACTIVITIES, 1, 3);
    const groups = some(TARGET_GROUPS, 1, 3);
    const municipalities = [...new Set([o.municipality, ...some(MUNICIPALITIES, 0, 2)])];
    const about = [
      ...activities.map((a) => pick(ABOUT[a])),
      `Toiminta-alue: ${municipalities.join(", ")}. Mukaan pääsee matalalla kynnyksellä.`,
    ]
      .join(" ")
      .slice(0, 600);
    const slug = o.name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z]+/g, "");
    return {
      organisationId: idOf.get(o.name)!,
      published: true,
      about,
      targetGroups: groups.join(","),
      activities: activities.join(","),
      services: [pick(SERVICES), pick(SERVICES)].filter(Boolean).join(" "),
      municipalities: municipalities.join(","),
      premises: `${pick(STREETS)} ${1 + (i % 60)}, ${o.municipality}. Avoinna ${pick(HOURS)}.`,
      contact: `info@${slug.slice(0, 30)}.fi, 03 ${String(7000000 + i * 37).slice(0, 3)} ${String(1000 + i).slice(-4)}`,
      languages: [...new Set(["fi", ...some(SERVED_LANGUAGES, 0, 2)])].join(","),
      accessibility: pick(ACCESS),
      confirmedAt: new Date(now.getTime() - Math.floor(rnd() * 300) * DAY),
      publishedAt: now,
      createdAt: new Date(now.getTime() - Math.floor(rnd() * 700) * DAY),
    };
  });
  for (let i = 0; i < profiles.length; i += BATCH)
    await db.portalProfile.createMany({ data: profiles.slice(i, i + BATCH) });

  const places = Array.from({ length: options.places }, (_, i) => {
    const p = profiles[Math.floor(rnd() * profiles.length)]!;
    const acts = p.activities.split(",") as Activity[];
    const act = pick(acts);
    const kind: PlaceKind = pick(PLACE_KINDS);
    const munis = p.municipalities.split(",");
    return {
      organisationId: p.organisationId,
      kind,
      title: pick(TITLES[act]),
      tasks: `Tehtäviin kuuluu ${TASKS[act]}. ${pick(SERVICES)}`.trim(),
      targetGroups: rnd() < 0.2 ? "" : some(p.targetGroups.split(","), 1, 2).join(","),
      municipality: pick(munis),
      hoursPerWeek: rnd() < 0.15 ? null : 4 + Math.floor(rnd() * 9) * 4,
      startsAt: rnd() < 0.5 ? null : new Date(now.getTime() + Math.floor(rnd() * 30) * DAY),
      endsAt: new Date(now.getTime() + (5 + Math.floor(rnd() * 200)) * DAY),
      howToApply: `${pick(APPLY)} ${p.contact}`,
      createdAt: new Date(now.getTime() - Math.floor(rnd() * 60 * DAY) - i),
    };
  });
  for (let i = 0; i < places.length; i += BATCH) await db.openPlace.createMany({ data: places.slice(i, i + BATCH) });

  const [profileCount, placeCount] = await Promise.all([
    db.portalProfile.count({ where: { published: true } }),
    db.openPlace.count({ where: { status: "open" } }),
  ]);
  return { organisations: orgs.length, profiles: profileCount, places: placeCount, ms: nowMs() - t0 };
}
