import { huSheetLabels } from "./sheet-labels-hu";
import type { LanguagePack } from "./types";
import { metricsHu } from "./metrics-hu";

export const hu: LanguagePack = {
  code: "hu",
  name: "Magyar",
  metrics: metricsHu,
  exampleSteps: ["Leadek", "Minősített", "Érdeklődő", "Ajánlat elküldve", "Ajánlat megbeszélve", "Vásárlás"],
  sheet: huSheetLabels,

  issues: {
    stepNamed: "{step}. lépés ('{name}')",
    stepUnnamed: "{step}. lépés",
    templates: {
      "too-few-steps":
        "Egy tölcsérhez legalább 2 lépés kell: felül a leadek, alattuk legalább egy eredmény. Ebben {count} van.",
      "too-few-steps-at":
        "Egy tölcsérhez legalább 2 lépés kell: felül a leadek, alattuk legalább egy eredmény. Ebben {count} van. Írja a következő lépés nevét a(z) {nameCell} cellába, az eredményét a(z) {resultCell} cellába, majd számoljon újra.",
      "too-many-steps":
        "A(z) {cell} cellától induló lépések több mint {max:number} soron át folytatódnak. Hagyjon egy üres sort a tölcsér utolsó lépése alatt (vagy jelölje ki csak a tölcsér sorait), és számoljon újra.",
      "result-missing": "{where}: nincs eredmény. Írja be, hányan jutottak el ehhez a lépéshez (0, ha senki).",
      "result-not-number": '{where}: a(z) "{value}" nem szám. Írjon be egy egyszerű számot, például 320-at.',
      "text-number":
        '{where}: a(z) "{value}" szövegként szerepel, így az Excel nem számol vele. Írja be újra számként: {suggestion:number}.',
      "text-percent":
        '{where}: a(z) "{value}" szöveg. Írja be újra számként: {suggestion:percent} egy százalék formátumú cellába (az Excel ezt {suggestion:number} értékként tárolja).',
      "cell-error": "{where}: Excel-hiba látható ({value}). Javítsa ott a képletet, vagy írja be magát a számot.",
      negative: "{where}: az érték {value:number}. Az eredmény embereket számol, ezért 0-t vagy többet írjon be.",
      "not-finite": "{where}: nem véges szám. Írjon be egy egyszerű számot, például 320-at.",
      "too-large":
        "{where}: az érték {value:number}, több, mint a bővítmény által elfogadott {max:number}. Ellenőrizze, nem elírás-e.",
      "step-exceeds-previous":
        "{where}: az érték {value:number}, több, mint az előző lépés {previous:number} értéke. Minden lépés azokat számolja, akik az előzőn is átjutottak, ezért legfeljebb {previous:number} lehet.",
      "after-zero":
        "{where}: az érték {value:number}, de az előző lépés 0. Senki sem jut tovább egy olyan lépésnél, amelyen senki sem ment át: írjon ide 0-t, vagy javítsa az előző lépést.",
      "improvement-not-number":
        '{where} javulása "{value}". Írjon be egy százalékot, például 10%‑ot, vagy hagyja üresen, ha nincs javulás.',
      "improvement-below-minus-100":
        "{where} javulása {value:percent}. Egy lépés nem veszíthet többet mindennél: -100% feletti értéket írjon be.",
      "sale-value-missing":
        "Az átlagos eladási érték{cellSuffix} üres. Írja be, mennyit ér egy vásárlás, például 1500.",
      "sale-value-invalid":
        'Az átlagos eladási érték{cellSuffix} "{value}". Írjon be egy 0 vagy nagyobb egyszerű számot, például 1500-at, pénznem jele nélkül.',
      "improvement-mode-invalid":
        'A(z) "{value}" javulási mód ismeretlen. Használja a "relative" (a jelenlegi konverzió százaléka) vagy a "points" (százalékpont) módot.',
      "no-funnel":
        "A(z) '{sheet}' munkalapon nincs tölcsér. Írja a lépések nevét az A, az eredményeket a B oszlopba egy fejlécsor alá (például Leadek 800, Minősített 320), vagy válassza az Új tölcsér munkalap lehetőséget.",
      "no-header-row":
        "A tölcsér a(z) {cell} cellában, a(z) {row}. sorban kezdődik, így nincs fölötte sor az oszlopfejléceknek. Szúrjon be egy üres sort a(z) {row}. sor fölé (Kezdőlap › Beszúrás › Munkalapsorok beszúrása), és számoljon újra.",
      "gap-in-steps":
        "A(z) {row}. sor üres, de az alatta lévő {next}. sorban még van lépés. Írja be a lépést a(z) {row}. sorba, vagy törölje a sort (Kezdőlap › Törlés › Munkalapsorok törlése), és számoljon újra.",
      "cell-edited":
        'A(z) {cell} cellát ("{purpose}") kézzel módosították: {value} áll benne, ahová a Funnel Forecast ezt írná: {planned}. Semmi sem változott. A módosítás megtartásához másolja egy tölcséren kívüli cellába; a bővítmény tartalmának visszaállításához válassza a munkaablakban a "Módosításaim cseréje" gombot.',
      "cell-merged":
        "A(z) {range} egyesített cellák: az Excel csak a(z) {cell} tartalmát őrzi meg, a többi üresnek látszik. Szüntesse meg az egyesítést (Kezdőlap › Egyesítés és középre igazítás), és minden értéket a saját cellájába írjon; semmi sem változott.",
      "cell-taken":
        'A(z) {cell} cellában "{value}" áll, amit nem a Funnel Forecast írt. A cellára a(z) "{purpose}" miatt van szükség. Helyezze át vagy törölje, majd számoljon újra; semmi sem változott.',
      "chart-spacer-taken":
        "Az Excel itt nem fogadott el valódi tölcsérdiagramot, a halmozott sávos tölcsérnek pedig a(z) {range} tartomány kellene kitöltésnek, ahol saját adatai vannak. Ürítse ki, és számoljon újra a diagramért; minden más elkészült.",
      "write-refused":
        "Az Excel elutasította a módosítást ({reason}). A munkalapon semmi sem változott; próbálja újra az Újraszámolást.",
      "changed-in-sheet":
        "A(z) {cell} cella megváltozott a munkalapon, mióta a munkaablak beolvasta: a munkalapon {sheet} áll, a munkaablakban {pane}. Semmi sem íródott ki.",
      "rows-changed-in-sheet":
        "A tölcsér sorai ({range}) megváltoztak a munkalapon, mióta a munkaablak beolvasta őket: a munkalapon {sheetSteps} lépés van, a munkaablakban {paneSteps}. Semmi sem íródott ki.",
      "write-stopped":
        "Az Excel írás közben megállt ({reason}). Beírva: {written}. Nincs beírva: {missing}. A befejezéshez számoljon újra.",
      "charts-not-made":
        "A képletek és a nevek bekerültek, de az Excel nem tudta megrajzolni a diagramokat ({reason}). Számoljon újra egy újabb próbához; félkész diagram nem maradt a munkalapon.",
      capped:
        "{where}: a(z) {conversion:percent} konverzió {value:percent} javulással 100% fölé menne, ezért az előrejelzés 100%‑kal számol.",
      "improvement-over-100":
        "{where} javulása {value:percent}. {suggestion:percent}‑ra gondolt? Százalék cellában tíz százalékhoz 10%‑ot írjon.",
      "name-missing":
        'A(z) {step}. lépésnek{cellSuffix} nincs neve. Írjon be egyet: addig a diagram felirat nélkül mutatja ezt a lépést, a panel pedig "{step}. lépés" néven említi.',
      "costs-invalid":
        "Az időszak költsége{cellSuffix} {value:number}. Írja be, mennyibe került ez a tölcsér az időszakban (hirdetések, eszközök, értékesítési idő), 0 vagy nagyobb egyszerű összegként, például 12000, vagy ürítse ki a cellát.",
      "improvement-cost-invalid":
        "A javítások költsége{cellSuffix} {value:number}. Írja be, mennyibe kerülnek a remélt javítások, 0 vagy nagyobb egyszerű összegként, például 3000, vagy ürítse ki a cellát.",
      "margin-invalid":
        "A bruttó árrés{cellSuffix} {value:percent}. Írjon be 0% feletti és legfeljebb 100% százalékot, például 40%-ot Százalék formátumú cellába (az Excel 0,4-ként tárolja), vagy ürítse ki a cellát, és a teljes bevétel árrésnek számít.",
      "target-invalid":
        "A bevételi cél{cellSuffix} {value:number}. Írja be a kívánt bevételt 0-nál nagyobb egyszerű összegként, például 50000, vagy ürítse ki a cellát.",
      "thin-data":
        "{where}: {value:wholePercent} a(z) {base:number} közül — ilyen kevés adatnál a valódi konverzió bárhol lehet {low:wholePercent} és {high:wholePercent} között. Számoljon hosszabb időszakra, mielőtt erre a lépésre épít.",
      "cycle-days-invalid":
        "Az értékesítési ciklus hossza{cellSuffix} {value:number}. Írja be, átlagosan hány nap telik el egy lead első megkeresésétől a vásárlásig (0-nál több), például 45, vagy ürítse ki a cellát.",
      "lifetime-value-invalid":
        "Egy ügyfél teljes élettartam-értéke{cellSuffix} {value:number}. Írja be, mennyit hoz egy ügyfél a teljes kapcsolat alatt, 0 vagy több egyszerű összegként, például 6000, vagy ürítse ki a cellát.",
      "lifetime-below-sale":
        "Egy ügyfél teljes élettartam-értéke{cellSuffix} {value:number}, kevesebb egy {saleValue:number} értékű eladásnál. Egy ügyfél legalább az első vásárlását meghozza: nézze meg, a teljes kapcsolat értékét akarta-e beírni.",
      "period-label-empty": "Az időszaknak nincs neve. Írjon be egyet, például 2026 Q3, majd zárja le az időszakot.",
      "period-label-too-long":
        'A(z) "{value}" időszaknév hosszabb {max} karakternél. Írjon rövidebbet, például 2026 Q3.',
      "name-too-long":
        'A(z) "{name}"{cellSuffix} {count:number} karakteres; egy név legfeljebb {max:number} karakteres lehet (ennél többet az Excel nem vet össze a lezárt időszakokkal). Írjon rövidebbet; semmi sem változott.',
      "name-control-character":
        'A(z) "{name}"{cellSuffix} láthatatlan vezérlőkaraktert tartalmaz, többnyire egy másik programból beillesztve, amelyet egy Excel-fájl nem tud megőrizni. Írja be újra kézzel a nevet; semmi sem változott.',
      "history-table-missing":
        "A(z) {table} előzménytábla eltűnt (átnevezték vagy törölték), de az oszlopaira mutató nevek még megvannak. Nevezze vissza a táblát {table} névre (Táblázattervezés › Táblázat neve), vagy törölje a FunnelHistory… neveket (Képletek › Névkezelő) új előzmény indításához; semmi sem változott.",
      "history-row-broken":
        'A(z) {cell} cella értéke "{value}", ahol az előzményeknek szám kell. Írja be oda a számot (vagy törölje a tábla e sorát), majd zárja le újra az időszakot; semmi sem változott.',
      "funnel-name-taken":
        "A(z) {cell} cellában lévő \"{value}\" terméknév már a(z) '{sheet}' munkalap tölcsérének neve. Két azonos nevű tölcsér összekeverné az előzményeit: írjon más nevet a(z) {cell} cellába (vagy ürítse ki, hogy a munkalap neve legyen), és próbálja újra; semmi sem változott.",
      "overview-too-many":
        "A munkafüzetben {count:number} tölcsérmunkalap van; az áttekintés legfeljebb {max:number} tölcsért mutat. Helyezzen át néhány tölcsért egy másik munkafüzetbe; semmi sem változott.",
      "overview-no-funnels":
        "Még nincs megjeleníthető tölcsér. Hozzon létre egyet az Új tölcsér munkalap gombbal, vagy számoljon újra egy tölcsérmunkalapot, majd frissítse az áttekintést; semmi sem változott.",
      "other-data":
        "A(z) '{sheet}' munkalapon {cell} cellától más adat van, nem tölcsér: a tölcsérben az A oszlopban lépésnevek, a B oszlopban számok állnak (például Leadek 800, Minősített 320). Nyisson meg egy tölcsér munkalapját, vagy válassza az Új tölcsér munkalap gombot; semmi sem változott.",
      "history-sheet":
        "A(z) '{sheet}' a lezárt időszakok előzménye, amelyet az Időszak lezárása bővít. Egy tölcsér újraszámolásához nyissa meg annak munkalapját; semmi sem változott.",
      "overview-sheet":
        "A(z) „{sheet}” az összes tölcsér áttekintése: magától követi a munkalapjaikat, az Áttekintés frissítése (a munkaablakban) pedig hozzáadja vagy eltávolítja a tölcséreket. Egy tölcsér újraszámolásához nyissa meg annak munkalapját; semmi sem változott.",
      "result-not-whole":
        "{where} értéke {value:number}, ami nem egész szám. Az eredmény embereket számol, így ez többnyire elírás; az előrejelzés a beírt {value:number} értékkel számol.",
    },
  },
  pane: {
    appTitle: "Funnel Forecast",
    intro:
      "Adja meg minden lépés eredményét és a remélt javulást. Az Újraszámolás élő képletekkel írja be őket a munkalapra.",
    funnelOn: "Tölcsér a(z) {sheet} munkalapon, {rows}. sor",
    noFunnelYet:
      "Ezen a munkalapon még nincs tölcsér. Adjon meg egyet lent, és számoljon újra, vagy hozzon létre új tölcsér munkalapot.",
    stepsHeading: "Lépések",
    stepColumn: "Lépés",
    resultColumn: "Eredmény",
    improvementColumn: "Javulás %",
    stepNameLabel: "A(z) {n}. lépés neve",
    resultLabel: "A(z) {n}. lépés eredménye",
    improvementLabel: "Remélt javulás a(z) {n}. lépésnél, százalékban",
    addStep: "Lépés hozzáadása",
    removeStep: "A(z) {n}. lépés törlése",
    moveUp: "A(z) {n}. lépés feljebb",
    moveDown: "A(z) {n}. lépés lejjebb",
    saleValue: "Átlagos eladási érték",
    currency: "Pénznem",
    modeLabel: "A 10-es javulás jelentése",
    modeRelative: "10%‑kal több (relatív)",
    modePoints: "10 százalékponttal több",
    modeRelativeHelp: "Relatív: egy 40%‑os konverziójú lépés 10%‑os javulással 44%‑ot konvertál.",
    modePointsHelp: "Pontok: egy 40%‑os konverziójú lépés 10 pontos javulással 50%‑ot konvertál.",
    language: "Nyelv",
    recalculate: "Újraszámolás",
    working: "Számolás…",
    newSheet: "Új tölcsér munkalap",
    template: "Minta munkafüzet letöltése",
    resultsHeading: "Mennyit ér",
    revenueNow: "Jelenlegi bevétel",
    forecastRevenue: "Várható bevétel",
    extraRevenue: "Többletbevétel",
    overall: "Teljes konverzió {now} → {forecast}",
    perStepHeading: "Lépésenként",
    conversion: "Konverzió",
    forecastResult: "Várható",
    extraAlone: "Többlet egyedül",
    perPoint: "+1 pont",
    bottleneckBadge: "Itt kezdje",
    bottleneckSentence:
      "Először a(z) {step} lépést javítsa: ott egy százalékponttal jobb konverzió {amount} többletbevételt hoz, többet, mint bármely más lépésnél.",
    noBottleneck: "Jelenleg egyetlen lépés sem nyer semmit egy százalékponttal jobb konverzióval.",
    errorsHeading: "Először ezeket javítsa; semmi sem íródott be",
    stoppedHeading: "Az Excel félúton megállt: lássa, mi került be",
    warningsHeading: "Érdemes megnézni",
    written: "Beírva a(z) {sheet} munkalapra.",
    previewNote: "Előnézet: szimulált munkafüzet a böngészőben, nem Excel.",
    outsideOffice: "Nyissa meg a Funnel Forecastot az Excelből: Kezdőlap › Funnel Forecast › Panel megnyitása.",
    failure: "Az Excel nem tudta befejezni: {message}",
    autoOpen: "A panel megnyitása a munkafüzet megnyitásakor",
    autoOpenHelp: "Saját betöltésű vagy a rendszergazda által telepített bővítményeknél működik.",
    settingsHeading: "Beállítások",
    waitingForExcel: "Várakozás az Excel indulására…",
    stillWaiting:
      "Az Excel indulása kicsit tovább tart. A panel megnyílik, amint az Excel elkészült; önnek nincs teendője.",
    cellEditMode:
      "Az Excel foglalt: éppen egy cella szerkesztése folyik. Nyomja meg az Enter vagy az Esc billentyűt a munkalapon, majd próbálja újra.",
    resultPlaceholder: "Eredmény",
    stepsHint: "Minden lépésnél: a név, az eredmény és a remélt javulás, %‑ban.",
    stale: "A legutóbbi újraszámolás óta módosult: ezek a számok még nincsenek a munkalapon.",
    staleStatus: "Még nincs beírva: kattintson az Újraszámolásra.",
    sheetLanguageNote: "A munkalap feliratai ezen a nyelven vannak: {language}. Az Újraszámolás megtartja őket.",
    relabel: "Feliratok ezen a nyelven: {language}",
    blockedStatus: "Nem frissült: előbb javítsa a fenti problémákat.",
    problemsCount: "Problémák: {count}",
    bottleneckTie:
      "{steps} egyenként {amount} bevételt hoz minden további konverziós százalékpontért, többet bármely más lépésnél: kezdje azzal, amelyiken a legkönnyebb javítani.",
    listAnd: "és",
    hintSmall: "Ezt írta: {typed}, ami {typed} %‑ot jelent. {suggestion} %‑hoz írja be: {suggestion}.",
    hintLarge: "A {typed} % nagyon nagy javulás. {suggestion} %‑ra gondolt?",
    keepSheetValues: "A munkalapét tartsa meg",
    writeMyValues: "Az enyémet írja be",
    keptWhileSheetChanged: "A munkalap megváltozott itt: {cells}; az Ön értékei az Újraszámolásig megmaradnak.",
    replaceEdits: "Módosításaim cseréje…",
    replaceEditsConfirm:
      "A bővítmény blokkjának ezt a(z) {count} celláját kézzel módosították. A csere visszaállítja a bővítmény tartalmát; ami most bennük áll, elvész.",
    replaceEditsYes: "{count} cella cseréje",
    replaceEditsCell: "{cell}: {value}; a bővítmény ezt írja: {planned}",
    cancel: "Mégse",
    errorPrefix: "Javítsa:",
    warningPrefix: "Nézze meg:",
    productLabel: "Termék",
    productHint: "Üresen: a munkalap neve.",
    periodHeading: "Időszakok",
    periodIntro:
      "Zárjon le egy időszakot, hogy a számai az előzmények lapon maradjanak; ez a lap azután lépésenként mutatja az azóta történt változást.",
    periodLabel: "Időszak",
    closePeriod: "Időszak lezárása",
    closing: "Lezárás…",
    periodClosed: "{period} lezárva: {rows} lépés az előzményekben.",
    periodRowsChanged:
      "Az időszak sorai az előzményben megváltoztak, mióta a kérdés felmerült (egy kolléga vagy egy módosítás a munkalapon): semmit sem cseréltünk le. A kérdés most a sorok jelenlegi állapotára vonatkozik.",
    periodReplaceConfirm: "A(z) {period} már le van zárva ennél a tölcsérnél ({rows} sor). Lecseréli a fenti számokra?",
    periodReplaceYes: "Csere",
    compareWith: "Összehasonlítás ezzel",
    compareLatest: "Legutóbb lezárt ({period})",
    funnelsHeading: "Tölcsérek",
    funnelsIntro: "Termékenként egy tölcsér. Az áttekintés mindet mutatja, összesítéssel, élő képletekkel.",
    funnelHere: "ez a munkalap",
    overviewCreate: "Áttekintés készítése",
    overviewUpdate: "Áttekintés frissítése",
    overviewUpdating: "Frissítés…",
    overviewUpdated: "Az áttekintés ({sheet}) {count} tölcsért mutat.",
    overviewRenamed: "„{from}” új neve „{to}”.",
    overviewGone: "Már nem szerepelnek, a munkalapjuk törölve: {names}.",
    overviewShow: "Áttekintés",
    changeSince: "{period} óta",
    pointsUp: "▲ +{points} pont",
    pointsDown: "▼ −{points} pont",
    pointsSame: "nincs változás",
    moneyHeading: "Költségek és cél",
    moneyIntro:
      "Nem kötelező: adja meg, mennyibe kerül a tölcsér és mekkora bevételt szeretne, és látni fogja az eladásonkénti költséget, a nyereséget, a megtérülést és a szükséges leadeket.",
    costs: "Az időszak költsége",
    costsHelp: "Hirdetések, eszközök és értékesítési idő erre a tölcsérre.",
    improvementCost: "A javítások költsége",
    grossMargin: "Bruttó árrés %",
    grossMarginHelp: "Üresen a teljes bevétel árrésnek számít.",
    revenueTarget: "Bevételi cél",
    cycleDays: "Napok az első megkereséstől az eladásig",
    cycleDaysHelp: "Átlagosan, egy lead első megkeresésétől a vásárlásig.",
    daysUnit: "nap",
    lifetimeValue: "Egy ügyfél élettartam\u2011értéke",
    lifetimeValueHelp: "Amennyit egy ügyfél a teljes kapcsolat alatt hoz.",
    moneyResultsHeading: "Költségek és megtérülés",
    costPerSale: "Költség eladásonként",
    profit: "Nyereség",
    roi: "Költségarányos megtérülés",
    improvementRoi: "A javítás megtérülése",
    breakEven: "Eladások a nullszaldóhoz",
    targetHeading: "{target} eléréséhez",
    salesNeeded: "Szükséges eladások",
    leadsNeeded: "Szükséges leadek",
    range: "95%-os tartomány",
    costPerResult: "Költség eredményenként",
    neededAlone: "Egyedül ehhez a célhoz kellene",
    notReachable: "ez a lépés egyedül nem éri el",
    thinData: "{conversion} a(z) {base} közül — bárhol lehet {low} és {high} között",
  },
};
