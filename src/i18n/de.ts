import { deSheetLabels } from "./sheet-labels-de";
import type { LanguagePack } from "./types";
import { metricsDe } from "./metrics-de";

export const de: LanguagePack = {
  code: "de",
  name: "Deutsch",
  metrics: metricsDe,
  exampleSteps: ["Leads", "Qualifiziert", "Interessiert", "Angebot gemacht", "Angebot besprochen", "Kauf"],
  sheet: deSheetLabels,

  issues: {
    stepNamed: "Schritt {step} '{name}'",
    stepUnnamed: "Schritt {step}",
    templates: {
      "too-few-steps":
        "Ein Trichter braucht mindestens 2 Schritte: oben die Leads und darunter mindestens ein Ergebnis. Dieser hat {count}.",
      "too-few-steps-at":
        "Ein Trichter braucht mindestens 2 Schritte: oben die Leads und darunter mindestens ein Ergebnis. Dieser hat {count}. Geben Sie den Namen des nächsten Schritts in {nameCell} und sein Ergebnis in {resultCell} ein und berechnen Sie neu.",
      "too-many-steps":
        "Die Schritte ab {cell} laufen über mehr als {max:number} Zeilen weiter. Lassen Sie unter dem letzten Schritt des Trichters eine leere Zeile (oder markieren Sie nur die Zeilen des Trichters) und berechnen Sie neu.",
      "result-missing":
        "{where} hat kein Ergebnis. Tragen Sie ein, wie viele diesen Schritt erreicht haben (0, wenn niemand).",
      "result-not-number": '{where} enthält "{value}", das ist keine Zahl. Geben Sie eine einfache Zahl ein, etwa 320.',
      "text-number":
        '{where} enthält "{value}" als Text, daher zählt Excel es nicht. Geben Sie es neu als Zahl {suggestion:number} ein.',
      "text-percent":
        '{where} enthält den Text "{value}". Geben Sie es neu als Zahl ein: {suggestion:percent} in einer Zelle mit Prozentformat (Excel speichert das als {suggestion:number}).',
      "cell-error":
        "{where} zeigt den Excel-Fehler {value}. Korrigieren Sie dort die Formel oder tragen Sie die Zahl selbst ein.",
      negative: "{where} hat {value:number}. Ein Ergebnis zählt Menschen, geben Sie also 0 oder mehr ein.",
      "not-finite": "{where} ist keine endliche Zahl. Geben Sie eine einfache Zahl ein, etwa 320.",
      "too-large":
        "{where} hat {value:number}, mehr als die {max:number}, die dieses Add-In annimmt. Prüfen Sie auf einen Tippfehler.",
      "step-exceeds-previous":
        "{where} hat {value:number}, mehr als die {previous:number} des Schritts davor. Jeder Schritt zählt Menschen, die auch den vorigen geschafft haben; geben Sie höchstens {previous:number} ein.",
      "after-zero":
        "{where} hat {value:number}, aber der Schritt davor hat 0. Niemand erreicht einen Schritt nach einem, den niemand geschafft hat: geben Sie hier 0 ein oder korrigieren Sie den Schritt davor.",
      "improvement-not-number":
        'Die Verbesserung von {where} enthält "{value}". Geben Sie einen Prozentwert wie 10% ein oder lassen Sie das Feld für keine Verbesserung leer.',
      "improvement-below-minus-100":
        "Die Verbesserung von {where} ist {value:percent}. Ein Schritt kann nicht mehr als alles verlieren: geben Sie eine Verbesserung über -100% ein.",
      "sale-value-missing":
        "Der durchschnittliche Verkaufswert{cellSuffix} ist leer. Geben Sie ein, was ein Kauf einbringt, etwa 1500.",
      "sale-value-invalid":
        'Der durchschnittliche Verkaufswert{cellSuffix} ist "{value}". Geben Sie eine einfache Zahl ab 0 ein, etwa 1500, ohne Währungszeichen.',
      "improvement-mode-invalid":
        'Die Verbesserungsart "{value}" ist unbekannt. Verwenden Sie "relative" (Prozent der heutigen Konversion) oder "points" (Prozentpunkte).',
      "no-funnel":
        "Auf dem Blatt '{sheet}' wurde kein Trichter gefunden. Tragen Sie Schrittnamen in Spalte A und Ergebnisse in Spalte B unter einer Kopfzeile ein (etwa Leads 800, Qualifiziert 320), oder wählen Sie Neues Trichterblatt.",
      "no-header-row":
        "Der Trichter beginnt in {cell}, in Zeile {row}; darüber ist keine Zeile für die Spaltenköpfe frei. Fügen Sie über Zeile {row} eine leere Zeile ein (Start › Einfügen › Blattzeilen einfügen) und berechnen Sie neu.",
      "gap-in-steps":
        "Zeile {row} ist leer, aber Zeile {next} darunter enthält noch einen Schritt. Tragen Sie den Schritt in Zeile {row} ein oder löschen Sie die Zeile (Start › Löschen › Blattzeilen löschen) und berechnen Sie neu.",
      "cell-edited":
        '{cell} ("{purpose}") wurde von Hand geändert: Die Zelle enthält {value}, wo Funnel Forecast {planned} schreiben würde. Nichts wurde geändert. Um die Änderung zu behalten, kopieren Sie sie in eine Zelle außerhalb des Trichters; um den Inhalt des Add-ins zurückzuholen, wählen Sie im Aufgabenbereich "Meine Änderungen ersetzen".',
      "cell-merged":
        "{range} sind verbundene Zellen: Excel behält nur, was in {cell} steht, die anderen lesen sich als leer. Heben Sie die Verbindung auf (Start › Verbinden und zentrieren) und tragen Sie jeden Wert in seine eigene Zelle ein; nichts wurde geändert.",
      "cell-taken":
        '{cell} enthält "{value}", das hat nicht Funnel Forecast geschrieben. Die Zelle wird für "{purpose}" gebraucht. Verschieben oder leeren Sie sie und berechnen Sie neu; nichts wurde geändert.',
      "chart-spacer-taken":
        "Excel hat hier kein echtes Trichterdiagramm angenommen, und der Trichter aus gestapelten Balken braucht {range} als Abstand, wo Ihre eigenen Daten stehen. Leeren Sie den Bereich und berechnen Sie neu; alles andere wurde geschrieben.",
      "write-refused":
        "Excel hat die Änderung abgelehnt ({reason}). Im Blatt wurde nichts geändert; versuchen Sie „Neu berechnen“ noch einmal.",
      "changed-in-sheet":
        "{cell} wurde im Blatt geändert, seit der Aufgabenbereich es gelesen hat: Das Blatt hat {sheet}, der Aufgabenbereich {pane}. Nichts wurde geschrieben.",
      "rows-changed-in-sheet":
        "Die Zeilen des Trichters ({range}) wurden im Blatt geändert, seit der Aufgabenbereich sie gelesen hat: Das Blatt hat {sheetSteps} Schritte, der Aufgabenbereich {paneSteps}. Nichts wurde geschrieben.",
      "write-stopped":
        "Excel hat mitten im Schreiben aufgehört ({reason}). Geschrieben: {written}. Nicht geschrieben: {missing}. Berechnen Sie neu, um es abzuschließen.",
      "charts-not-made":
        "Die Formeln und Namen wurden geschrieben, aber Excel konnte die Diagramme nicht zeichnen ({reason}). Berechnen Sie neu, um es noch einmal zu versuchen; kein halb fertiges Diagramm ist im Blatt geblieben.",
      capped:
        "{where}: {conversion:percent} Konversion, um {value:percent} verbessert, läge über 100%, daher rechnet die Prognose mit 100%.",
      "improvement-over-100":
        "Die Verbesserung von {where} ist {value:percent}. Meinten Sie {suggestion:percent}? Geben Sie in einer Prozentzelle 10% für zehn Prozent ein.",
      "name-missing":
        'Schritt {step}{cellSuffix} hat keinen Namen. Geben Sie einen ein: Bis dahin zeigt das Diagramm diesen Schritt ohne Beschriftung, und der Bereich nennt ihn "Schritt {step}".',
      "costs-invalid":
        "Die Kosten des Zeitraums{cellSuffix} sind {value:number}. Geben Sie ein, was dieser Trichter im Zeitraum gekostet hat (Werbung, Tools, Vertriebszeit), als einfachen Betrag ab 0, zum Beispiel 12000, oder leeren Sie die Zelle.",
      "improvement-cost-invalid":
        "Die Kosten der Verbesserungen{cellSuffix} sind {value:number}. Geben Sie ein, was die erhofften Verbesserungen kosten, als einfachen Betrag ab 0, zum Beispiel 3000, oder leeren Sie die Zelle.",
      "margin-invalid":
        "Die Bruttomarge{cellSuffix} ist {value:percent}. Geben Sie einen Prozentsatz über 0% und höchstens 100% ein, zum Beispiel 40% in einer Zelle im Format Prozent (Excel speichert 0,4), oder leeren Sie die Zelle, um den ganzen Umsatz als Marge zu zählen.",
      "target-invalid":
        "Das Umsatzziel{cellSuffix} ist {value:number}. Geben Sie den angestrebten Umsatz als einfachen Betrag über 0 ein, zum Beispiel 50000, oder leeren Sie die Zelle.",
      "thin-data":
        "{where}: {value:wholePercent} von {base:number} — bei so wenigen kann die wahre Konversion irgendwo zwischen {low:wholePercent} und {high:wholePercent} liegen. Zählen Sie über einen längeren Zeitraum, bevor Sie sich auf diesen Schritt verlassen.",
      "cycle-days-invalid":
        "Die Dauer des Verkaufszyklus{cellSuffix} ist {value:number}. Geben Sie die durchschnittliche Zahl der Tage vom ersten Kontakt eines Leads bis zum Kauf ein, über 0, zum Beispiel 45, oder leeren Sie die Zelle.",
      "lifetime-value-invalid":
        "Der Kundenwert über die ganze Beziehung{cellSuffix} ist {value:number}. Geben Sie ein, was ein Kunde über die ganze Beziehung einbringt, als einfachen Betrag von 0 oder mehr, zum Beispiel 6000, oder leeren Sie die Zelle.",
      "lifetime-below-sale":
        "Der Kundenwert über die ganze Beziehung{cellSuffix} ist {value:number}, weniger als ein Verkauf von {saleValue:number}. Ein Kunde bringt mindestens seinen ersten Kauf ein: Prüfen Sie, ob Sie den Wert über die ganze Beziehung gemeint haben.",
      "period-label-empty":
        "Der Zeitraum hat keinen Namen. Geben Sie einen ein, etwa 2026 Q3, und schließen Sie den Zeitraum dann ab.",
      "period-label-too-long":
        'Der Name des Zeitraums "{value}" ist länger als {max} Zeichen. Geben Sie einen kürzeren ein, etwa 2026 Q3.',
      "name-too-long":
        '"{name}"{cellSuffix} hat {count:number} Zeichen; ein Name darf höchstens {max:number} haben (mehr vergleicht Excel nicht mit den abgeschlossenen Zeiträumen). Geben Sie einen kürzeren ein; nichts wurde geändert.',
      "name-control-character":
        '"{name}"{cellSuffix} enthält ein unsichtbares Steuerzeichen, oft aus einem anderen Programm eingefügt, das eine Excel-Datei nicht speichern kann. Geben Sie den Namen von Hand neu ein; nichts wurde geändert.',
      "history-table-missing":
        "Die Verlaufstabelle {table} fehlt (umbenannt oder gelöscht), die Namen, die auf ihre Spalten zeigen, gibt es aber noch. Benennen Sie die Tabelle wieder {table} (Tabellenentwurf › Tabellenname) oder löschen Sie die Namen FunnelHistory… (Formeln › Namens-Manager), um einen neuen Verlauf zu beginnen; nichts wurde geändert.",
      "history-row-broken":
        '{cell} enthält "{value}", wo der Verlauf eine Zahl braucht. Geben Sie dort die Zahl ein (oder löschen Sie diese Tabellenzeile) und schließen Sie den Zeitraum erneut ab; nichts wurde geändert.',
      "funnel-name-taken":
        "Der Produktname \"{value}\" in {cell} ist schon der Name des Trichters auf dem Blatt '{sheet}'. Zwei Trichter mit einem Namen würden ihren Verlauf vermischen: Geben Sie in {cell} einen anderen Namen ein (oder leeren Sie die Zelle, um den Blattnamen zu verwenden) und versuchen Sie es erneut; nichts wurde geändert.",
      "overview-too-many":
        "Die Arbeitsmappe hat {count:number} Trichterblätter; die Übersicht zeigt höchstens {max:number}. Verschieben Sie einige Trichter in eine andere Arbeitsmappe; nichts wurde geändert.",
      "overview-no-funnels":
        "Es gibt noch keinen Trichter für die Übersicht. Legen Sie mit Neues Trichterblatt einen an oder berechnen Sie ein Trichterblatt neu, und aktualisieren Sie dann die Übersicht; nichts wurde geändert.",
      "other-data":
        "Das Blatt '{sheet}' enthält ab {cell} andere Daten, keinen Trichter: Ein Trichter hat Schrittnamen in Spalte A und Zahlen in Spalte B (zum Beispiel Leads 800, Qualifiziert 320). Öffnen Sie das Blatt eines Trichters oder wählen Sie Neues Trichterblatt; nichts wurde geändert.",
      "history-sheet":
        "'{sheet}' ist der Verlauf der abgeschlossenen Perioden, den Periode abschließen ergänzt. Öffnen Sie das Blatt eines Trichters, um ihn neu zu berechnen; nichts wurde geändert.",
      "overview-sheet":
        "„{sheet}“ ist die Übersicht aller Trichter: Sie folgt deren Blättern von selbst, und „Übersicht aktualisieren“ (im Aufgabenbereich) fügt Trichter hinzu oder entfernt sie. Öffnen Sie das Blatt eines Trichters, um ihn neu zu berechnen; nichts wurde geändert.",
      "result-not-whole":
        "{where} hat {value:number}, keine ganze Zahl. Ein Ergebnis zählt Menschen, das ist also meist ein Tippfehler; die Prognose rechnet mit {value:number}, wie es dasteht.",
    },
  },
  pane: {
    appTitle: "Funnel Forecast",
    intro:
      "Tragen Sie für jeden Schritt das Ergebnis und die erhoffte Verbesserung ein. Neu berechnen schreibt sie mit Live-Formeln ins Blatt.",
    funnelOn: "Trichter auf Blatt {sheet}, Zeilen {rows}",
    noFunnelYet:
      "Auf diesem Blatt ist noch kein Trichter. Tragen Sie unten einen ein und berechnen Sie neu, oder legen Sie ein neues Trichterblatt an.",
    stepsHeading: "Schritte",
    stepColumn: "Schritt",
    resultColumn: "Ergebnis",
    improvementColumn: "Verbesserung %",
    stepNameLabel: "Name von Schritt {n}",
    resultLabel: "Ergebnis von Schritt {n}",
    improvementLabel: "Erhoffte Verbesserung bei Schritt {n}, in Prozent",
    addStep: "Schritt hinzufügen",
    removeStep: "Schritt {n} entfernen",
    moveUp: "Schritt {n} nach oben",
    moveDown: "Schritt {n} nach unten",
    saleValue: "Durchschnittlicher Verkaufswert",
    currency: "Währung",
    modeLabel: "Eine Verbesserung um 10 bedeutet",
    modeRelative: "10 % mehr (relativ)",
    modePoints: "10 Prozentpunkte mehr",
    modeRelativeHelp: "Relativ: ein Schritt mit 40% Konversion, um 10% verbessert, konvertiert 44%.",
    modePointsHelp: "Punkte: ein Schritt mit 40% Konversion, um 10 Punkte verbessert, konvertiert 50%.",
    language: "Sprache",
    recalculate: "Neu berechnen",
    working: "Wird berechnet…",
    newSheet: "Neues Trichterblatt",
    template: "Beispielarbeitsmappe herunterladen",
    resultsHeading: "Was es bringt",
    revenueNow: "Umsatz heute",
    forecastRevenue: "Umsatz (Prognose)",
    extraRevenue: "Mehrumsatz",
    overall: "Gesamtkonversion {now} → {forecast}",
    perStepHeading: "Je Schritt",
    conversion: "Konversion",
    forecastResult: "Prognose",
    extraAlone: "Mehr allein",
    perPoint: "+1 Punkt",
    bottleneckBadge: "Hier anfangen",
    bottleneckSentence:
      "Verbessern Sie zuerst {step}: ein Prozentpunkt mehr Konversion dort bringt {amount} Mehrumsatz, mehr als bei jedem anderen Schritt.",
    noBottleneck: "Im Moment gewinnt kein Schritt etwas durch einen Prozentpunkt mehr Konversion.",
    errorsHeading: "Bitte zuerst beheben; nichts wurde geschrieben",
    stoppedHeading: "Excel hat mittendrin aufgehört: sehen Sie, was geschrieben wurde",
    warningsHeading: "Bitte prüfen",
    written: "In Blatt {sheet} geschrieben.",
    previewNote: "Vorschau: eine simulierte Arbeitsmappe im Browser, nicht Excel.",
    outsideOffice: "Öffnen Sie Funnel Forecast in Excel: Start › Funnel Forecast › Bereich öffnen.",
    failure: "Excel konnte nicht fertig werden: {message}",
    autoOpen: "Diesen Bereich beim Öffnen der Arbeitsmappe anzeigen",
    autoOpenHelp: "Funktioniert für selbst geladene oder vom Administrator verteilte Add-Ins.",
    settingsHeading: "Einstellungen",
    waitingForExcel: "Warten, bis Excel gestartet ist…",
    stillWaiting:
      "Excel braucht etwas länger zum Starten. Der Bereich öffnet sich, sobald Excel bereit ist; Sie müssen nichts tun.",
    cellEditMode:
      "Excel ist beschäftigt: Eine Zelle wird gerade bearbeitet. Drücken Sie im Blatt die Eingabetaste oder Esc und versuchen Sie es erneut.",
    resultPlaceholder: "Ergebnis",
    stepsHint: "Für jeden Schritt: Name, Ergebnis und die erhoffte Verbesserung in %.",
    stale: "Seit der letzten Berechnung geändert: Diese Zahlen stehen noch nicht im Blatt.",
    staleStatus: "Noch nicht geschrieben: Neu berechnen klicken.",
    sheetLanguageNote: "Die Beschriftungen dieses Blatts sind auf {language}; Neu berechnen behält sie bei.",
    relabel: "Auf {language} schreiben",
    blockedStatus: "Nicht aktualisiert: Beheben Sie zuerst die Probleme oben.",
    problemsCount: "Probleme: {count}",
    bottleneckTie:
      "{steps} bringen je {amount} Umsatz pro zusätzlichem Prozentpunkt Konversion, mehr als jeder andere Schritt: Beginnen Sie mit dem, der sich am leichtesten verbessern lässt.",
    listAnd: "und",
    hintSmall: "Sie haben {typed} eingegeben, also {typed} %. Für {suggestion} % geben Sie {suggestion} ein.",
    hintLarge: "{typed} % ist eine sehr große Verbesserung. Meinten Sie {suggestion} %?",
    keepSheetValues: "Werte des Blattes behalten",
    writeMyValues: "Meine schreiben",
    keptWhileSheetChanged:
      "Im Blatt geändert, seit Sie in {cells} getippt haben: Ihre Werte bleiben bis Neu berechnen.",
    replaceEdits: "Meine Änderungen ersetzen…",
    replaceEditsConfirm:
      "Diese {count} Zellen im Block des Add-ins wurden von Hand geändert. Beim Ersetzen kommt der Inhalt des Add-ins zurück; was jetzt darin steht, geht verloren.",
    replaceEditsYes: "{count} Zellen ersetzen",
    replaceEditsCell: "{cell} enthält {value}; das Add-in schreibt {planned}",
    cancel: "Abbrechen",
    errorPrefix: "Beheben:",
    warningPrefix: "Prüfen:",
    productLabel: "Produkt",
    productHint: "Leer: der Name des Blatts.",
    periodHeading: "Zeiträume",
    periodIntro:
      "Schließen Sie einen Zeitraum ab, um seine Zahlen im Verlaufsblatt aufzubewahren; dieses Blatt zeigt dann je Schritt die Änderung seitdem.",
    periodLabel: "Zeitraum",
    closePeriod: "Zeitraum abschließen",
    closing: "Wird abgeschlossen…",
    periodClosed: "{period} abgeschlossen: {rows} Schritte im Verlauf aufbewahrt.",
    periodRowsChanged:
      "Die Zeilen dieser Periode im Verlauf haben sich geändert, seit Sie gefragt wurden (eine Kollegin oder eine Änderung im Blatt): Nichts wurde ersetzt. Die Frage gilt jetzt den Zeilen, wie sie sind.",
    periodReplaceConfirm:
      "{period} ist für diesen Trichter schon abgeschlossen ({rows} Zeilen). Durch die Zahlen oben ersetzen?",
    periodReplaceYes: "Ersetzen",
    compareWith: "Vergleichen mit",
    compareLatest: "Zuletzt abgeschlossen ({period})",
    funnelsHeading: "Trichter",
    funnelsIntro: "Ein Trichter je Produkt. Die Übersicht zeigt alle, mit Summen, als lebende Formeln.",
    funnelHere: "dieses Blatt",
    overviewCreate: "Übersicht anlegen",
    overviewUpdate: "Übersicht aktualisieren",
    overviewUpdating: "Aktualisiere…",
    overviewUpdated: "Die Übersicht ({sheet}) zeigt {count} Trichter.",
    overviewRenamed: "„{from}“ heißt jetzt „{to}“.",
    overviewGone: "Nicht mehr aufgeführt, ihre Blätter sind gelöscht: {names}.",
    overviewShow: "Übersicht",
    changeSince: "Seit {period}",
    pointsUp: "▲ +{points} Pkt.",
    pointsDown: "▼ −{points} Pkt.",
    pointsSame: "keine Änderung",
    moneyHeading: "Kosten und Ziel",
    moneyIntro:
      "Optional: Tragen Sie ein, was der Trichter kostet und welchen Umsatz Sie anstreben, für Kosten je Verkauf, Gewinn, Rendite und die nötigen Leads.",
    costs: "Kosten des Zeitraums",
    costsHelp: "Werbung, Tools und Vertriebszeit für diesen Trichter.",
    improvementCost: "Kosten der Verbesserungen",
    grossMargin: "Bruttomarge %",
    grossMarginHelp: "Leer zählt den ganzen Umsatz als Marge.",
    revenueTarget: "Umsatzziel",
    cycleDays: "Tage vom ersten Kontakt bis zum Kauf",
    cycleDaysHelp: "Im Schnitt, vom ersten Kontakt eines Leads bis zum Kauf.",
    daysUnit: "Tage",
    lifetimeValue: "Kundenwert über die ganze Beziehung",
    lifetimeValueHelp: "Was ein Kunde über die ganze Beziehung einbringt.",
    moneyResultsHeading: "Kosten und Rendite",
    costPerSale: "Kosten je Verkauf",
    profit: "Gewinn",
    roi: "Rendite auf die Kosten",
    improvementRoi: "Rendite der Verbesserung",
    breakEven: "Verkäufe bis zur Gewinnschwelle",
    targetHeading: "Um {target} zu erreichen",
    salesNeeded: "Nötige Verkäufe",
    leadsNeeded: "Nötige Leads",
    range: "95-%-Bereich",
    costPerResult: "Kosten je Ergebnis",
    neededAlone: "Allein nötig für das Ziel",
    notReachable: "mit diesem Schritt allein nicht erreichbar",
    thinData: "{conversion} von {base} — könnte irgendwo zwischen {low} und {high} liegen",
  },
};
