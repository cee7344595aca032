import { nbSheetLabels } from "./sheet-labels-nb";
import type { LanguagePack } from "./types";
import { metricsNb } from "./metrics-nb";

export const nb: LanguagePack = {
  code: "nb",
  name: "Norsk bokmål",
  metrics: metricsNb,
  exampleSteps: ["Leads", "Kvalifisert", "Engasjert", "Tilbud gitt", "Tilbud diskutert", "Kjøp"],
  sheet: nbSheetLabels,

  issues: {
    stepNamed: "Steg {step} '{name}'",
    stepUnnamed: "Steg {step}",
    templates: {
      "too-few-steps":
        "En trakt trenger minst 2 steg: leadene øverst og minst ett resultat under dem. Denne har {count}.",
      "too-few-steps-at":
        "En trakt trenger minst 2 steg: leadene øverst og minst ett resultat under dem. Denne har {count}. Skriv navnet på neste steg i {nameCell} og resultatet i {resultCell}, og beregn på nytt.",
      "too-many-steps":
        "Stegene fra {cell} fortsetter over mer enn {max:number} rader. La det være en tom rad under det siste steget i trakten (eller merk bare traktens rader), og beregn på nytt.",
      "result-missing": "{where} har ikke noe resultat. Skriv hvor mange som nådde dette steget (0 hvis ingen).",
      "result-not-number": '{where} inneholder "{value}", som ikke er et tall. Skriv et vanlig tall, for eksempel 320.',
      "text-number":
        '{where} inneholder "{value}" som tekst, så Excel regner ikke med det. Skriv det på nytt som tallet {suggestion:number}.',
      "text-percent":
        '{where} inneholder teksten "{value}". Skriv det på nytt som et tall: {suggestion:percent} i en celle med prosentformat (Excel lagrer det som {suggestion:number}).',
      "cell-error": "{where} viser Excel-feilen {value}. Rett formelen der, eller skriv inn selve tallet.",
      negative: "{where} har {value:number}. Et resultat teller mennesker, så skriv 0 eller mer.",
      "not-finite": "{where} er ikke et endelig tall. Skriv et vanlig tall, for eksempel 320.",
      "too-large":
        "{where} har {value:number}, mer enn de {max:number} dette tillegget godtar. Sjekk om det er en skrivefeil.",
      "step-exceeds-previous":
        "{where} har {value:number}, mer enn de {previous:number} i steget før. Hvert steg teller folk som også kom gjennom det forrige, så skriv høyst {previous:number}.",
      "after-zero":
        "{where} har {value:number}, men steget før har 0. Ingen kommer videre etter et steg ingen kom gjennom: skriv 0 her, eller rett steget før.",
      "improvement-not-number":
        'Forbedringen for {where} inneholder "{value}". Skriv en prosent som 10 %, eller la feltet stå tomt for ingen forbedring.',
      "improvement-below-minus-100":
        "Forbedringen for {where} er {value:percent}. Et steg kan ikke tape mer enn alt: skriv en forbedring over -100 %.",
      "sale-value-missing":
        "Gjennomsnittlig salgsverdi{cellSuffix} er tom. Skriv hva ett kjøp er verdt, for eksempel 1500.",
      "sale-value-invalid":
        'Gjennomsnittlig salgsverdi{cellSuffix} er "{value}". Skriv et vanlig tall på 0 eller mer, for eksempel 1500, uten valutategn.',
      "improvement-mode-invalid":
        'Forbedringsmåten "{value}" er ukjent. Bruk "relative" (prosent av dagens konvertering) eller "points" (prosentpoeng).',
      "no-funnel":
        "Fant ingen trakt på arket '{sheet}'. Skriv stegnavn i kolonne A og resultater i kolonne B under en overskriftsrad (for eksempel Leads 800, Kvalifisert 320), eller velg Nytt traktark.",
      "no-header-row":
        "Trakten starter i {cell}, på rad {row}, og det er ingen rad over den til kolonneoverskriftene. Sett inn en tom rad over rad {row} (Hjem › Sett inn › Sett inn rader i arket) og beregn på nytt.",
      "gap-in-steps":
        "Rad {row} er tom, men rad {next} under den har fortsatt et steg. Skriv steget på rad {row}, eller slett raden (Hjem › Slett › Slett rader i arket), og beregn på nytt.",
      "cell-edited":
        '{cell} ("{purpose}") er endret for hånd: den inneholder {value}, der Funnel Forecast ville skrive {planned}. Ingenting ble endret. Kopier endringen til en celle utenfor trakten for å beholde den; velg "Erstatt endringene mine" i oppgaveruten for å sette tilleggets innhold tilbake.',
      "cell-merged":
        "{range} er sammenslåtte celler: Excel beholder bare det som står i {cell}, så de andre leses som tomme. Opphev sammenslåingen (Hjem › Slå sammen og midtstill) og skriv hver verdi i sin egen celle; ingenting ble endret.",
      "cell-taken":
        '{cell} inneholder "{value}", som Funnel Forecast ikke skrev. Cellen trengs til "{purpose}". Flytt eller tøm den og beregn på nytt; ingenting ble endret.',
      "chart-spacer-taken":
        "Excel godtok ikke et ekte traktdiagram her, og trakten av stablede stolper trenger {range} som fyll, der dine egne data står. Tøm området og beregn på nytt for å få diagrammet; alt annet ble skrevet.",
      "write-refused": "Excel avviste endringen ({reason}). Ingenting i arket ble endret; prøv Beregn på nytt igjen.",
      "changed-in-sheet":
        "{cell} er endret i arket siden oppgaveruten leste det: arket har {sheet}, oppgaveruten {pane}. Ingenting ble skrevet.",
      "rows-changed-in-sheet":
        "Traktens rader ({range}) er endret i arket siden oppgaveruten leste dem: arket har {sheetSteps} trinn, oppgaveruten {paneSteps}. Ingenting ble skrevet.",
      "write-stopped":
        "Excel stoppet midt i skrivingen ({reason}). Skrevet: {written}. Ikke skrevet: {missing}. Beregn på nytt for å fullføre.",
      "charts-not-made":
        "Formlene og navnene ble skrevet, men Excel klarte ikke å tegne diagrammene ({reason}). Beregn på nytt for å prøve igjen; ingen halvferdige diagrammer ble liggende i arket.",
      capped:
        "{where}: {conversion:percent} konvertering forbedret med {value:percent} ville passert 100 %, så prognosen bruker 100 %.",
      "improvement-over-100":
        "Forbedringen for {where} er {value:percent}. Mente du {suggestion:percent}? Skriv 10 % i en prosentcelle for ti prosent.",
      "name-missing":
        'Steg {step}{cellSuffix} har ikke noe navn. Skriv inn et: til da viser diagrammet steget uten etikett, og panelet kaller det "Steg {step}".',
      "costs-invalid":
        "Kostnadene for perioden{cellSuffix} er {value:number}. Skriv hva denne trakten kostet i perioden (annonser, verktøy, salgstid) som et vanlig beløp på 0 eller mer, for eksempel 12000, eller tøm cellen.",
      "improvement-cost-invalid":
        "Kostnaden for forbedringene{cellSuffix} er {value:number}. Skriv hva de håpede forbedringene koster som et vanlig beløp på 0 eller mer, for eksempel 3000, eller tøm cellen.",
      "margin-invalid":
        "Bruttomarginen{cellSuffix} er {value:percent}. Skriv en prosent over 0% og høyst 100%, for eksempel 40% i en celle med formatet Prosent (Excel lagrer 0,4), eller tøm cellen for å regne all omsetning som margin.",
      "target-invalid":
        "Omsetningsmålet{cellSuffix} er {value:number}. Skriv omsetningen du sikter mot som et vanlig beløp over 0, for eksempel 50000, eller tøm cellen.",
      "thin-data":
        "{where}: {value:wholePercent} av {base:number} — med så få kan den sanne konverteringen ligge hvor som helst mellom {low:wholePercent} og {high:wholePercent}. Tell over en lengre periode før du stoler på dette steget.",
      "cycle-days-invalid":
        "Lengden på salgssyklusen{cellSuffix} er {value:number}. Skriv gjennomsnittlig antall dager fra første kontakt med et lead til kjøpet, over 0, for eksempel 45, eller tøm cellen.",
      "lifetime-value-invalid":
        "Kundens livstidsverdi{cellSuffix} er {value:number}. Skriv hva én kunde bringer inn gjennom hele kundeforholdet som et vanlig beløp på 0 eller mer, for eksempel 6000, eller tøm cellen.",
      "lifetime-below-sale":
        "Kundens livstidsverdi{cellSuffix} er {value:number}, mindre enn ett salg på {saleValue:number}. En kunde bringer inn minst sitt første kjøp: sjekk om du mente verdien gjennom hele kundeforholdet.",
      "period-label-empty": "Perioden har ikke noe navn. Skriv et, for eksempel 2026 Q3, og avslutt perioden.",
      "period-label-too-long":
        'Periodenavnet "{value}" er lengre enn {max} tegn. Skriv et kortere, for eksempel 2026 Q3.',
      "name-too-long":
        '"{name}"{cellSuffix} har {count:number} tegn; et navn kan ha høyst {max:number} (mer sammenligner ikke Excel med de avsluttede periodene). Skriv et kortere; ingenting ble endret.',
      "name-control-character":
        '"{name}"{cellSuffix} inneholder et usynlig kontrolltegn, ofte limt inn fra et annet program, som en Excel-fil ikke kan ta vare på. Skriv navnet inn på nytt for hånd; ingenting ble endret.',
      "history-table-missing":
        "Historikktabellen {table} er borte (omdøpt eller slettet), men navnene som peker på kolonnene, finnes fortsatt. Gi tabellen navnet {table} igjen (Tabellutforming › Tabellnavn), eller slett navnene FunnelHistory… (Formler › Navnebehandling) for å starte en ny historikk; ingenting ble endret.",
      "history-row-broken":
        '{cell} inneholder "{value}" der historikken trenger et tall. Skriv tallet der (eller slett den raden i tabellen), og avslutt perioden på nytt; ingenting ble endret.',
      "funnel-name-taken":
        "Produktnavnet \"{value}\" i {cell} er allerede navnet på trakten på arket '{sheet}'. To trakter med samme navn ville blande historikken sin: skriv et annet navn i {cell} (eller tøm cellen for å bruke arkets navn), og prøv igjen; ingenting ble endret.",
      "overview-too-many":
        "Arbeidsboken har {count:number} traktark; oversikten viser høyst {max:number}. Flytt noen trakter til en annen arbeidsbok; ingenting ble endret.",
      "overview-no-funnels":
        "Det finnes ingen trakt å vise ennå. Lag en med Nytt traktark, eller beregn et traktark på nytt, og oppdater så oversikten; ingenting ble endret.",
      "other-data":
        "Arket '{sheet}' har andre data fra {cell}, ikke en trakt: en trakt har stegnavn i kolonne A og tall i kolonne B (for eksempel Leads 800, Kvalifisert 320). Åpne arket til en trakt, eller velg Nytt traktark; ingenting ble endret.",
      "history-sheet":
        "'{sheet}' er historikken over avsluttede perioder, som Avslutt periode legger til i. Åpne arket til en trakt for å beregne den på nytt; ingenting ble endret.",
      "overview-sheet":
        "«{sheet}» er oversikten over alle traktene: den følger arkene deres av seg selv, og Oppdater oversikten (i oppgaveruten) legger til eller fjerner trakter. Åpne arket til en trakt for å beregne den på nytt; ingenting ble endret.",
      "result-not-whole":
        "{where} har {value:number}, som ikke er et helt tall. Et resultat teller mennesker, så dette er som regel en skrivefeil; prognosen regner med {value:number} slik det står.",
    },
  },
  pane: {
    appTitle: "Funnel Forecast",
    intro:
      "Skriv resultatet for hvert steg og forbedringen du håper på. Beregn på nytt skriver dem inn i arket som levende formler.",
    funnelOn: "Trakt på arket {sheet}, rad {rows}",
    noFunnelYet:
      "Ingen trakt på dette arket ennå. Skriv inn en nedenfor og beregn på nytt, eller lag et nytt traktark.",
    stepsHeading: "Steg",
    stepColumn: "Steg",
    resultColumn: "Resultat",
    improvementColumn: "Forbedring %",
    stepNameLabel: "Navn på steg {n}",
    resultLabel: "Resultat for steg {n}",
    improvementLabel: "Håpet forbedring i steg {n}, i prosent",
    addStep: "Legg til steg",
    removeStep: "Fjern steg {n}",
    moveUp: "Flytt steg {n} opp",
    moveDown: "Flytt steg {n} ned",
    saleValue: "Gjennomsnittlig salgsverdi",
    currency: "Valuta",
    modeLabel: "En forbedring på 10 betyr",
    modeRelative: "10 % mer (relativ)",
    modePoints: "10 prosentpoeng mer",
    modeRelativeHelp: "Relativt: et steg som konverterer 40 %, forbedret med 10 %, konverterer 44 %.",
    modePointsHelp: "Poeng: et steg som konverterer 40 %, forbedret med 10 poeng, konverterer 50 %.",
    language: "Språk",
    recalculate: "Beregn på nytt",
    working: "Beregner…",
    newSheet: "Nytt traktark",
    template: "Last ned eksempelarbeidsboken",
    resultsHeading: "Hva det er verdt",
    revenueNow: "Omsetning nå",
    forecastRevenue: "Omsetning (prognose)",
    extraRevenue: "Ekstra omsetning",
    overall: "Total konvertering {now} → {forecast}",
    perStepHeading: "Per steg",
    conversion: "Konvertering",
    forecastResult: "Prognose",
    extraAlone: "Ekstra alene",
    perPoint: "+1 poeng",
    bottleneckBadge: "Start her",
    bottleneckSentence:
      "Forbedre {step} først: ett prosentpoeng mer konvertering der gir {amount} i ekstra omsetning, mer enn i noe annet steg.",
    noBottleneck: "Ingen steg vinner noe på ett prosentpoeng mer konvertering akkurat nå.",
    errorsHeading: "Rett dette først; ingenting ble skrevet",
    stoppedHeading: "Excel stoppet underveis: se hva som ble skrevet",
    warningsHeading: "Verdt å se på",
    written: "Skrevet til arket {sheet}.",
    previewNote: "Forhåndsvisning: en simulert arbeidsbok i nettleseren, ikke Excel.",
    outsideOffice: "Åpne Funnel Forecast fra Excel: Hjem › Funnel Forecast › Åpne panel.",
    failure: "Excel kunne ikke fullføre: {message}",
    autoOpen: "Åpne dette panelet når arbeidsboken åpnes",
    autoOpenHelp: "Virker for tillegg som er sidelastet eller rullet ut av administratoren.",
    settingsHeading: "Innstillinger",
    waitingForExcel: "Venter på at Excel skal starte…",
    stillWaiting: "Excel bruker litt tid på å starte. Panelet åpnes så snart Excel er klar; du trenger ikke gjøre noe.",
    cellEditMode: "Excel er opptatt: en celle redigeres. Trykk Enter eller Esc i arket, og prøv igjen.",
    resultPlaceholder: "Resultat",
    stepsHint: "For hvert steg: navnet, resultatet og forbedringen du håper på, i %.",
    stale: "Endret siden siste beregning: disse tallene er ikke skrevet til arket ennå.",
    staleStatus: "Ikke skrevet ennå: trykk Beregn på nytt.",
    sheetLanguageNote: "Etikettene på dette arket er på {language}; Beregn på nytt beholder dem.",
    relabel: "Skriv dem på {language}",
    blockedStatus: "Ikke oppdatert: rett først problemene over.",
    problemsCount: "Problemer: {count}",
    bottleneckTie:
      "{steps} gir hver {amount} i omsetning per ekstra prosentpoeng konvertering, mer enn noe annet steg: begynn med det som er lettest å forbedre.",
    listAnd: "og",
    hintSmall: "Du skrev {typed}, som betyr {typed} %. For {suggestion} %, skriv {suggestion}.",
    hintLarge: "{typed} % er en svært stor forbedring. Mente du {suggestion} %?",
    keepSheetValues: "Behold arkets",
    writeMyValues: "Skriv mine",
    keptWhileSheetChanged: "Endret i arket siden du skrev i {cells}: verdiene dine blir til Beregn på nytt.",
    replaceEdits: "Erstatt endringene mine…",
    replaceEditsConfirm:
      "Disse {count} cellene i tilleggets blokk er endret for hånd. Å erstatte dem setter tilleggets innhold tilbake; det de inneholder nå, går tapt.",
    replaceEditsYes: "Erstatt {count} celler",
    replaceEditsCell: "{cell} inneholder {value}; tillegget skriver {planned}",
    cancel: "Avbryt",
    errorPrefix: "Rett:",
    warningPrefix: "Sjekk:",
    productLabel: "Produkt",
    productHint: "Tom: navnet på arket.",
    periodHeading: "Perioder",
    periodIntro:
      "Avslutt en periode for å ta vare på tallene i historikkarket; dette arket viser da endringen per steg siden.",
    periodLabel: "Periode",
    closePeriod: "Avslutt periode",
    closing: "Avslutter…",
    periodClosed: "{period} avsluttet: {rows} steg lagret i historikken.",
    periodRowsChanged:
      "Radene for denne perioden i historikken er endret siden du ble spurt (en kollega, eller en endring i arket): ingenting ble erstattet. Spørsmålet gjelder nå radene slik de er.",
    periodReplaceConfirm:
      "{period} er allerede avsluttet for denne trakten ({rows} rader). Erstatte dem med tallene over?",
    periodReplaceYes: "Erstatt",
    compareWith: "Sammenlign med",
    compareLatest: "Sist avsluttet ({period})",
    funnelsHeading: "Trakter",
    funnelsIntro: "Én trakt per produkt. Oversikten viser alle, med summer, som levende formler.",
    funnelHere: "dette arket",
    overviewCreate: "Lag oversikten",
    overviewUpdate: "Oppdater oversikten",
    overviewUpdating: "Oppdaterer…",
    overviewUpdated: "Oversikten ({sheet}) viser {count} trakter.",
    overviewRenamed: "«{from}» heter nå «{to}».",
    overviewGone: "Ikke lenger med, arkene deres er slettet: {names}.",
    overviewShow: "Oversikt",
    changeSince: "Siden {period}",
    pointsUp: "▲ +{points} poeng",
    pointsDown: "▼ −{points} poeng",
    pointsSame: "ingen endring",
    moneyHeading: "Kostnader og mål",
    moneyIntro:
      "Valgfritt: fyll inn hva trakten koster og omsetningen du sikter mot, så ser du kostnad per salg, fortjeneste, avkastning og hvor mange leads du trenger.",
    costs: "Kostnader i perioden",
    costsHelp: "Annonser, verktøy og salgstid brukt på denne trakten.",
    improvementCost: "Kostnad for forbedringene",
    grossMargin: "Bruttomargin %",
    grossMarginHelp: "Tom teller all omsetning som margin.",
    revenueTarget: "Omsetningsmål",
    cycleDays: "Dager fra første kontakt til salg",
    cycleDaysHelp: "I snitt, fra første kontakt med et lead til kjøpet.",
    daysUnit: "dager",
    lifetimeValue: "Livstidsverdi for én kunde",
    lifetimeValueHelp: "Det én kunde bringer inn gjennom hele kundeforholdet.",
    moneyResultsHeading: "Kostnader og avkastning",
    costPerSale: "Kostnad per salg",
    profit: "Fortjeneste",
    roi: "Avkastning på kostnadene",
    improvementRoi: "Avkastning på forbedringen",
    breakEven: "Salg for å gå i null",
    targetHeading: "For å nå {target}",
    salesNeeded: "Salg som trengs",
    leadsNeeded: "Leads som trengs",
    range: "95 %-område",
    costPerResult: "Kostnad per resultat",
    neededAlone: "Trengs alene for målet",
    notReachable: "kan ikke nås av dette steget alene",
    thinData: "{conversion} av {base} — kan ligge hvor som helst mellom {low} og {high}",
  },
};
