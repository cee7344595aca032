import { nlSheetLabels } from "./sheet-labels-nl";
import type { LanguagePack } from "./types";
import { metricsNl } from "./metrics-nl";

export const nl: LanguagePack = {
  code: "nl",
  name: "Nederlands",
  metrics: metricsNl,
  exampleSteps: ["Leads", "Gekwalificeerd", "Betrokken", "Voorstel gedaan", "Voorstel besproken", "Aankoop"],
  sheet: nlSheetLabels,

  issues: {
    stepNamed: "Stap {step} '{name}'",
    stepUnnamed: "Stap {step}",
    templates: {
      "too-few-steps":
        "Een trechter heeft minstens 2 stappen nodig: de leads bovenaan en minstens één resultaat daaronder. Deze heeft er {count}.",
      "too-few-steps-at":
        "Een trechter heeft minstens 2 stappen nodig: de leads bovenaan en minstens één resultaat daaronder. Deze heeft er {count}. Typ de naam van de volgende stap in {nameCell} en het resultaat in {resultCell}, en herbereken.",
      "too-many-steps":
        "De stappen vanaf {cell} lopen door over meer dan {max:number} rijen. Laat een lege rij onder de laatste stap van de trechter (of selecteer alleen de rijen van de trechter) en herbereken.",
      "result-missing": "{where} heeft geen resultaat. Vul in hoeveel mensen deze stap bereikten (0 als niemand).",
      "result-not-number": '{where} bevat "{value}", en dat is geen getal. Typ een gewoon getal, bijvoorbeeld 320.',
      "text-number":
        '{where} bevat "{value}" als tekst, dus Excel telt het niet mee. Typ het opnieuw als het getal {suggestion:number}.',
      "text-percent":
        '{where} bevat de tekst "{value}". Typ het opnieuw als getal: {suggestion:percent} in een cel met percentageopmaak (Excel bewaart dat als {suggestion:number}).',
      "cell-error": "{where} toont de Excel-fout {value}. Herstel de formule daar of typ het getal zelf.",
      negative: "{where} heeft {value:number}. Een resultaat telt mensen, dus typ 0 of meer.",
      "not-finite": "{where} is geen eindig getal. Typ een gewoon getal, bijvoorbeeld 320.",
      "too-large":
        "{where} heeft {value:number}, meer dan de {max:number} die deze invoegtoepassing aanneemt. Controleer op een tikfout.",
      "step-exceeds-previous":
        "{where} heeft {value:number}, meer dan de {previous:number} van de stap ervoor. Elke stap telt mensen die ook de vorige stap haalden, dus typ hoogstens {previous:number}.",
      "after-zero":
        "{where} heeft {value:number}, maar de stap ervoor heeft 0. Niemand komt verder dan een stap waar niemand doorheen kwam: typ hier 0 of verbeter de stap ervoor.",
      "improvement-not-number":
        'De verbetering van {where} bevat "{value}". Typ een percentage zoals 10%, of laat het leeg voor geen verbetering.',
      "improvement-below-minus-100":
        "De verbetering van {where} is {value:percent}. Een stap kan niet meer dan alles verliezen: typ een verbetering boven -100%.",
      "sale-value-missing":
        "De gemiddelde verkoopwaarde{cellSuffix} is leeg. Typ wat één aankoop oplevert, bijvoorbeeld 1500.",
      "sale-value-invalid":
        'De gemiddelde verkoopwaarde{cellSuffix} is "{value}". Typ een gewoon getal van 0 of meer, bijvoorbeeld 1500, zonder valutateken.',
      "improvement-mode-invalid":
        'De verbeteringswijze "{value}" is onbekend. Gebruik "relative" (procent van de huidige conversie) of "points" (procentpunten).',
      "no-funnel":
        "Geen trechter gevonden op blad '{sheet}'. Zet stapnamen in kolom A en resultaten in kolom B onder een kopregel (bijvoorbeeld Leads 800, Gekwalificeerd 320), of kies Nieuw trechterblad.",
      "no-header-row":
        "De trechter begint in {cell}, op rij {row}, en er is geen rij erboven voor de kolomkoppen. Voeg een lege rij in boven rij {row} (Start › Invoegen › Bladrijen invoegen) en reken opnieuw.",
      "gap-in-steps":
        "Rij {row} is leeg, maar rij {next} eronder bevat nog een stap. Vul de stap op rij {row} in of verwijder die rij (Start › Verwijderen › Bladrijen verwijderen) en reken opnieuw.",
      "cell-edited":
        '{cell} ("{purpose}") is met de hand gewijzigd: de cel bevat {value}, waar Funnel Forecast {planned} zou schrijven. Er is niets veranderd. Kopieer de wijziging naar een cel buiten de trechter om haar te houden; kies "Mijn wijzigingen vervangen" in het taakvenster om de inhoud van de invoegtoepassing terug te zetten.',
      "cell-merged":
        "{range} zijn samengevoegde cellen: Excel houdt alleen wat in {cell} staat, de andere lezen als leeg. Hef het samenvoegen op (Start › Samenvoegen en centreren) en typ elke waarde in een eigen cel; er is niets veranderd.",
      "cell-taken":
        '{cell} bevat "{value}", en dat schreef Funnel Forecast niet. Die cel is nodig voor "{purpose}". Verplaats of wis hem en reken opnieuw; er is niets veranderd.',
      "chart-spacer-taken":
        "Excel accepteerde hier geen echte trechtergrafiek, en de trechter van gestapelde staven heeft {range} nodig als opvulling, waar uw eigen gegevens staan. Wis die en reken opnieuw voor de grafiek; al het andere is geschreven.",
      "write-refused":
        "Excel weigerde de wijziging ({reason}). Er is niets in het blad veranderd; probeer Herberekenen nog eens.",
      "changed-in-sheet":
        "{cell} is in het blad gewijzigd sinds het taakvenster het las: het blad heeft {sheet}, het taakvenster {pane}. Er is niets geschreven.",
      "rows-changed-in-sheet":
        "De rijen van de trechter ({range}) zijn in het blad gewijzigd sinds het taakvenster ze las: het blad heeft {sheetSteps} stappen, het taakvenster {paneSteps}. Er is niets geschreven.",
      "write-stopped":
        "Excel stopte halverwege het schrijven ({reason}). Geschreven: {written}. Niet geschreven: {missing}. Herbereken om het af te maken.",
      "charts-not-made":
        "De formules en namen zijn geschreven, maar Excel kon de grafieken niet tekenen ({reason}). Herbereken om het opnieuw te proberen; er bleef geen half gemaakte grafiek op het blad achter.",
      capped:
        "{where}: {conversion:percent} conversie verbeterd met {value:percent} komt boven 100%, dus de verwachting rekent met 100%.",
      "improvement-over-100":
        "De verbetering van {where} is {value:percent}. Bedoelde u {suggestion:percent}? Typ in een percentagecel 10% voor tien procent.",
      "name-missing":
        'Stap {step}{cellSuffix} heeft geen naam. Typ er een: tot dan toont de grafiek deze stap zonder label en noemt het paneel hem "Stap {step}".',
      "costs-invalid":
        "De kosten van de periode{cellSuffix} zijn {value:number}. Typ wat deze trechter in de periode kostte (advertenties, tools, verkooptijd) als gewoon bedrag van 0 of meer, bijvoorbeeld 12000, of maak de cel leeg.",
      "improvement-cost-invalid":
        "De kosten van de verbeteringen{cellSuffix} zijn {value:number}. Typ wat de gehoopte verbeteringen kosten als gewoon bedrag van 0 of meer, bijvoorbeeld 3000, of maak de cel leeg.",
      "margin-invalid":
        "De brutomarge{cellSuffix} is {value:percent}. Typ een percentage boven 0% en hoogstens 100%, bijvoorbeeld 40% in een cel met opmaak Percentage (Excel bewaart het als 0,4), of maak de cel leeg om alle omzet als marge te tellen.",
      "target-invalid":
        "Het omzetdoel{cellSuffix} is {value:number}. Typ de omzet die u wilt halen als gewoon bedrag boven 0, bijvoorbeeld 50000, of maak de cel leeg.",
      "thin-data":
        "{where}: {value:wholePercent} van {base:number} — met zo weinig kan de echte conversie overal tussen {low:wholePercent} en {high:wholePercent} liggen. Tel over een langere periode voordat u op deze stap bouwt.",
      "cycle-days-invalid":
        "De duur van de verkoopcyclus{cellSuffix} is {value:number}. Typ het gemiddelde aantal dagen van het eerste contact met een lead tot de aankoop, boven 0, bijvoorbeeld 45, of maak de cel leeg.",
      "lifetime-value-invalid":
        "De klantwaarde over de hele relatie{cellSuffix} is {value:number}. Typ wat één klant over de hele relatie oplevert als gewoon bedrag van 0 of meer, bijvoorbeeld 6000, of maak de cel leeg.",
      "lifetime-below-sale":
        "De klantwaarde over de hele relatie{cellSuffix} is {value:number}, minder dan één verkoop van {saleValue:number}. Een klant brengt minstens zijn eerste aankoop op: kijk of u de waarde over de hele relatie bedoelde.",
      "period-label-empty": "De periode heeft geen naam. Typ er een, zoals 2026 Q3, en sluit de periode dan af.",
      "period-label-too-long": 'De periodenaam "{value}" is langer dan {max} tekens. Typ een kortere, zoals 2026 Q3.',
      "name-too-long":
        '"{name}"{cellSuffix} heeft {count:number} tekens; een naam mag er hoogstens {max:number} hebben (meer vergelijkt Excel niet met de afgesloten perioden). Typ een kortere; er is niets veranderd.',
      "name-control-character":
        '"{name}"{cellSuffix} bevat een onzichtbaar stuurteken, vaak meegeplakt uit een ander programma, dat een Excel-bestand niet kan bewaren. Typ de naam opnieuw met de hand; er is niets veranderd.',
      "history-table-missing":
        "De geschiedenistabel {table} is weg (hernoemd of verwijderd), maar de namen die naar haar kolommen wijzen bestaan nog. Geef de tabel weer de naam {table} (Tabelontwerp › Tabelnaam), of verwijder de namen FunnelHistory… (Formules › Namen beheren) om een nieuwe geschiedenis te beginnen; er is niets veranderd.",
      "history-row-broken":
        '{cell} bevat "{value}" waar de geschiedenis een getal nodig heeft. Typ daar het getal (of verwijder die rij van de tabel) en sluit de periode opnieuw af; er is niets veranderd.',
      "funnel-name-taken":
        "De productnaam \"{value}\" in {cell} is al de naam van de trechter op blad '{sheet}'. Twee trechters met één naam zouden hun geschiedenis mengen: typ een andere naam in {cell} (of maak de cel leeg om de bladnaam te gebruiken) en probeer het opnieuw; er is niets veranderd.",
      "overview-too-many":
        "De werkmap heeft {count:number} trechterbladen; het overzicht toont er hoogstens {max:number}. Verplaats een paar trechters naar een andere werkmap; er is niets veranderd.",
      "overview-no-funnels":
        "Er is nog geen trechter om te tonen. Maak er een met Nieuw trechterblad, of herbereken een trechterblad, en werk dan het overzicht bij; er is niets veranderd.",
      "other-data":
        "Blad '{sheet}' bevat vanaf {cell} andere gegevens, geen trechter: een trechter heeft stapnamen in kolom A en getallen in kolom B (bijvoorbeeld Leads 800, Gekwalificeerd 320). Open het blad van een trechter, of kies Nieuw trechterblad; er is niets veranderd.",
      "history-sheet":
        "'{sheet}' is de geschiedenis van afgesloten perioden, die Periode afsluiten aanvult. Open het blad van een trechter om die te herberekenen; er is niets gewijzigd.",
      "overview-sheet":
        "'{sheet}' is het overzicht van alle trechters: het volgt hun bladen vanzelf, en Overzicht bijwerken (in het taakvenster) voegt trechters toe of haalt ze weg. Open het blad van een trechter om die te herberekenen; er is niets veranderd.",
      "result-not-whole":
        "{where} heeft {value:number}, en dat is geen heel getal. Een resultaat telt mensen, dus dit is meestal een tikfout; de verwachting rekent met {value:number} zoals het er staat.",
    },
  },
  pane: {
    appTitle: "Funnel Forecast",
    intro:
      "Vul per stap het resultaat en de gehoopte verbetering in. Herberekenen zet ze met live formules in het blad.",
    funnelOn: "Trechter op blad {sheet}, rijen {rows}",
    noFunnelYet:
      "Nog geen trechter op dit blad. Vul er hieronder een in en herbereken, of maak een nieuw trechterblad.",
    stepsHeading: "Stappen",
    stepColumn: "Stap",
    resultColumn: "Resultaat",
    improvementColumn: "Verbetering %",
    stepNameLabel: "Naam van stap {n}",
    resultLabel: "Resultaat van stap {n}",
    improvementLabel: "Gehoopte verbetering bij stap {n}, in procent",
    addStep: "Stap toevoegen",
    removeStep: "Stap {n} verwijderen",
    moveUp: "Stap {n} omhoog",
    moveDown: "Stap {n} omlaag",
    saleValue: "Gemiddelde verkoopwaarde",
    currency: "Valuta",
    modeLabel: "Een verbetering van 10 betekent",
    modeRelative: "10% meer (relatief)",
    modePoints: "10 procentpunten meer",
    modeRelativeHelp: "Relatief: een stap met 40% conversie, 10% verbeterd, converteert 44%.",
    modePointsHelp: "Punten: een stap met 40% conversie, 10 punten verbeterd, converteert 50%.",
    language: "Taal",
    recalculate: "Herberekenen",
    working: "Bezig met herberekenen…",
    newSheet: "Nieuw trechterblad",
    template: "Voorbeeldwerkmap downloaden",
    resultsHeading: "Wat het oplevert",
    revenueNow: "Omzet nu",
    forecastRevenue: "Verwachte omzet",
    extraRevenue: "Extra omzet",
    overall: "Totale conversie {now} → {forecast}",
    perStepHeading: "Per stap",
    conversion: "Conversie",
    forecastResult: "Verwacht",
    extraAlone: "Extra alleen",
    perPoint: "+1 punt",
    bottleneckBadge: "Begin hier",
    bottleneckSentence:
      "Verbeter eerst {step}: één procentpunt meer conversie daar levert {amount} extra omzet op, meer dan bij elke andere stap.",
    noBottleneck: "Geen enkele stap wint nu iets bij één procentpunt meer conversie.",
    errorsHeading: "Los dit eerst op; er is niets geschreven",
    stoppedHeading: "Excel stopte halverwege: zie wat er is geschreven",
    warningsHeading: "Even nakijken",
    written: "Geschreven naar blad {sheet}.",
    previewNote: "Voorbeeld: een gesimuleerde werkmap in uw browser, niet Excel.",
    outsideOffice: "Open Funnel Forecast vanuit Excel: Start › Funnel Forecast › Paneel openen.",
    failure: "Excel kon het niet afmaken: {message}",
    autoOpen: "Dit paneel openen als de werkmap opent",
    autoOpenHelp: "Werkt voor invoegtoepassingen die u zelf laadt of die uw beheerder uitrolt.",
    settingsHeading: "Instellingen",
    waitingForExcel: "Wachten tot Excel gestart is…",
    stillWaiting: "Excel heeft even nodig om te starten. Het paneel opent zodra Excel klaar is; u hoeft niets te doen.",
    cellEditMode: "Excel is bezig: er wordt een cel bewerkt. Druk op Enter of Esc in het blad en probeer het opnieuw.",
    resultPlaceholder: "Resultaat",
    stepsHint: "Per stap: de naam, het resultaat en de verbetering die u hoopt te halen, in %.",
    stale: "Gewijzigd sinds de laatste herberekening: deze cijfers staan nog niet in het blad.",
    staleStatus: "Nog niet geschreven: klik op Herberekenen.",
    sheetLanguageNote: "De labels van dit blad zijn in het {language}; Herberekenen laat ze zo.",
    relabel: "Schrijf ze in het {language}",
    blockedStatus: "Niet bijgewerkt: los eerst de problemen hierboven op.",
    problemsCount: "Problemen: {count}",
    bottleneckTie:
      "{steps} leveren elk {amount} omzet op per extra procentpunt conversie, meer dan elke andere stap: begin met de stap die het makkelijkst te verbeteren is.",
    listAnd: "en",
    hintSmall: "U typte {typed}, en dat betekent {typed} %. Typ {suggestion} voor {suggestion} %.",
    hintLarge: "{typed} % is een heel grote verbetering. Bedoelde u {suggestion} %?",
    keepSheetValues: "Houd die van het blad",
    writeMyValues: "Schrijf de mijne",
    keptWhileSheetChanged: "In het blad gewijzigd sinds u typte in {cells}: uw waarden blijven tot Herberekenen.",
    replaceEdits: "Mijn wijzigingen vervangen…",
    replaceEditsConfirm:
      "Deze {count} cellen in het blok van de invoegtoepassing zijn met de hand gewijzigd. Vervangen zet de inhoud van de invoegtoepassing terug; wat er nu in staat, gaat verloren.",
    replaceEditsYes: "{count} cellen vervangen",
    replaceEditsCell: "{cell} bevat {value}; de invoegtoepassing schrijft {planned}",
    cancel: "Annuleren",
    errorPrefix: "Herstel:",
    warningPrefix: "Controleer:",
    productLabel: "Product",
    productHint: "Leeg: de naam van het blad.",
    periodHeading: "Perioden",
    periodIntro:
      "Sluit een periode af om haar cijfers in het geschiedenisblad te bewaren; dit blad toont dan per stap de verandering sindsdien.",
    periodLabel: "Periode",
    closePeriod: "Periode afsluiten",
    closing: "Bezig met afsluiten…",
    periodClosed: "{period} afgesloten: {rows} stappen bewaard in de geschiedenis.",
    periodRowsChanged:
      "De rijen van deze periode in de geschiedenis zijn veranderd sinds u het werd gevraagd (een collega, of een wijziging in het blad): er is niets vervangen. De vraag gaat nu over de rijen zoals ze zijn.",
    periodReplaceConfirm:
      "{period} is al afgesloten voor deze trechter ({rows} rijen). Vervangen door de cijfers hierboven?",
    periodReplaceYes: "Vervangen",
    compareWith: "Vergelijken met",
    compareLatest: "Laatst afgesloten ({period})",
    funnelsHeading: "Trechters",
    funnelsIntro: "Eén trechter per product. Het overzicht toont ze allemaal, met totalen, als live formules.",
    funnelHere: "dit blad",
    overviewCreate: "Overzicht maken",
    overviewUpdate: "Overzicht bijwerken",
    overviewUpdating: "Bijwerken…",
    overviewUpdated: "Het overzicht ({sheet}) toont {count} trechters.",
    overviewRenamed: "'{from}' heet nu '{to}'.",
    overviewGone: "Niet meer getoond, hun bladen zijn weg: {names}.",
    overviewShow: "Overzicht",
    changeSince: "Sinds {period}",
    pointsUp: "▲ +{points} ptn",
    pointsDown: "▼ −{points} ptn",
    pointsSame: "geen verandering",
    moneyHeading: "Kosten en doel",
    moneyIntro:
      "Optioneel: vul in wat de trechter kost en welke omzet u wilt halen, en zie kosten per verkoop, winst, rendement en de leads die u nodig hebt.",
    costs: "Kosten van de periode",
    costsHelp: "Advertenties, tools en verkooptijd voor deze trechter.",
    improvementCost: "Kosten van de verbeteringen",
    grossMargin: "Brutomarge %",
    grossMarginHelp: "Leeg telt alle omzet als marge.",
    revenueTarget: "Omzetdoel",
    cycleDays: "Dagen van eerste contact tot verkoop",
    cycleDaysHelp: "Gemiddeld, van het eerste contact met een lead tot de aankoop.",
    daysUnit: "dagen",
    lifetimeValue: "Klantwaarde over de hele relatie",
    lifetimeValueHelp: "Wat één klant over de hele relatie oplevert.",
    moneyResultsHeading: "Kosten en rendement",
    costPerSale: "Kosten per verkoop",
    profit: "Winst",
    roi: "Rendement op kosten",
    improvementRoi: "Rendement op de verbetering",
    breakEven: "Verkopen om quitte te spelen",
    targetHeading: "Om {target} te halen",
    salesNeeded: "Verkopen nodig",
    leadsNeeded: "Leads nodig",
    range: "95%-bereik",
    costPerResult: "Kosten per resultaat",
    neededAlone: "Alleen deze stap zou nodig hebben",
    notReachable: "niet haalbaar met alleen deze stap",
    thinData: "{conversion} van {base} — kan overal tussen {low} en {high} liggen",
  },
};
