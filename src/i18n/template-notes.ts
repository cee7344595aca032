/**
 * What an exported sheet (the downloadable template, `npm run export`) says above its table about each
 * column the add-in computes, one line each, in the sheet's language; and the example's product name, so
 * the template has no empty input that needs explaining. Used by the export only: the add-in never
 * writes these lines, and they are not among the labels it recognises as its own (sheet-labels.ts).
 */
import type { LanguageCode } from "./types";

/** The computed columns, by the key of their header among the sheet's labels. */
export type NotedColumn =
  | "conversion"
  | "forecastConversion"
  | "forecastResult"
  | "extraRevenueAlone"
  | "revenuePerPoint"
  | "conversionLow"
  | "conversionHigh"
  | "costPerResult"
  | "neededForTarget"
  | "conversionNeeded"
  | "previousResult"
  | "previousConversion"
  | "conversionChange";

export interface TemplateNotes {
  heading: string;
  /** One line per computed column: what its figure says (the header is shown before it). */
  columns: Record<NotedColumn, string>;
  /** The example funnel's product (FunnelName) in the template. */
  exampleProduct: string;
}

const en: TemplateNotes = {
  heading: "What the computed columns show",
  columns: {
    conversion: "the share of the step before that reached this step",
    forecastConversion: "that share with the improvement hoped for in D (never above 100%)",
    forecastResult: "how many would reach this step with every improvement in D",
    extraRevenueAlone: "the revenue gained if only this step improved as hoped",
    revenuePerPoint:
      "the revenue gained if this step converted one percentage point more (40% → 41%): the highest is the step to work on first",
    conversionLow: "the lowest the true conversion is likely to be, given how many were counted",
    conversionHigh: "the highest the true conversion is likely to be, given how many were counted",
    costPerResult: "the costs of the period divided by this step's result",
    neededForTarget: "the result this step needs for the revenue target, at today's conversions",
    conversionNeeded:
      "the conversion this step alone would need for the revenue target (above 100%: not reachable by this step alone)",
    previousResult: "this step's result in the period compared with",
    previousConversion: "this step's conversion in the period compared with",
    conversionChange: "today's conversion minus the one then, in percentage points",
  },
  exampleProduct: "Consulting",
};

const nl: TemplateNotes = {
  heading: "Wat de berekende kolommen laten zien",
  columns: {
    conversion: "het deel van de vorige stap dat deze stap haalde",
    forecastConversion: "dat deel met de gehoopte verbetering uit D (nooit boven 100%)",
    forecastResult: "hoeveel deze stap zouden halen met alle verbeteringen uit D",
    extraRevenueAlone: "de extra omzet als alleen deze stap verbetert zoals gehoopt",
    revenuePerPoint:
      "de extra omzet als deze stap één procentpunt beter converteert (40% → 41%): de hoogste is de stap om mee te beginnen",
    conversionLow: "de laagste waarde die de echte conversie waarschijnlijk heeft, gezien hoeveel er geteld zijn",
    conversionHigh: "de hoogste waarde die de echte conversie waarschijnlijk heeft, gezien hoeveel er geteld zijn",
    costPerResult: "de kosten van de periode gedeeld door het resultaat van deze stap",
    neededForTarget: "het resultaat dat deze stap nodig heeft voor het omzetdoel, bij de conversies van nu",
    conversionNeeded:
      "de conversie die deze stap alleen nodig zou hebben voor het omzetdoel (boven 100%: niet haalbaar met deze stap alleen)",
    previousResult: "het resultaat van deze stap in de periode waarmee vergeleken wordt",
    previousConversion: "de conversie van deze stap in de periode waarmee vergeleken wordt",
    conversionChange: "de conversie van nu min die van toen, in procentpunten",
  },
  exampleProduct: "Advies",
};

const de: TemplateNotes = {
  heading: "Was die berechneten Spalten zeigen",
  columns: {
    conversion: "der Anteil des vorigen Schritts, der diesen Schritt erreicht hat",
    forecastConversion: "dieser Anteil mit der erhofften Verbesserung aus D (nie über 100%)",
    forecastResult: "wie viele diesen Schritt mit allen Verbesserungen aus D erreichen würden",
    extraRevenueAlone: "der Mehrumsatz, wenn sich nur dieser Schritt wie erhofft verbessert",
    revenuePerPoint:
      "der Mehrumsatz, wenn dieser Schritt einen Prozentpunkt besser konvertiert (40% → 41%): der höchste ist der Schritt, mit dem man beginnt",
    conversionLow: "der niedrigste Wert, den die wahre Konversion wahrscheinlich hat, bei so vielen Gezählten",
    conversionHigh: "der höchste Wert, den die wahre Konversion wahrscheinlich hat, bei so vielen Gezählten",
    costPerResult: "die Kosten des Zeitraums geteilt durch das Ergebnis dieses Schritts",
    neededForTarget: "das Ergebnis, das dieser Schritt für das Umsatzziel braucht, bei den heutigen Konversionen",
    conversionNeeded:
      "die Konversion, die dieser Schritt allein für das Umsatzziel bräuchte (über 100%: allein mit diesem Schritt nicht erreichbar)",
    previousResult: "das Ergebnis dieses Schritts im Vergleichszeitraum",
    previousConversion: "die Konversion dieses Schritts im Vergleichszeitraum",
    conversionChange: "die heutige Konversion minus die damalige, in Prozentpunkten",
  },
  exampleProduct: "Beratung",
};

const hu: TemplateNotes = {
  heading: "Mit mutatnak a számított oszlopok",
  columns: {
    conversion: "az előző lépésből ide eljutók aránya",
    forecastConversion: "ez az arány a D oszlopban remélt javulással (legfeljebb 100%)",
    forecastResult: "hányan jutnának el ehhez a lépéshez a D oszlop összes javulásával",
    extraRevenueAlone: "a többletbevétel, ha csak ez a lépés javul a remélt módon",
    revenuePerPoint:
      "a többletbevétel, ha ez a lépés egy százalékponttal jobban konvertálna (40% → 41%): a legnagyobb mutatja, hol érdemes kezdeni",
    conversionLow: "a valódi konverzió valószínű legkisebb értéke, a megszámoltak számától függően",
    conversionHigh: "a valódi konverzió valószínű legnagyobb értéke, a megszámoltak számától függően",
    costPerResult: "az időszak költségei osztva ennek a lépésnek az eredményével",
    neededForTarget: "az eredmény, amely ennek a lépésnek a bevételi célhoz kell, a mai konverziók mellett",
    conversionNeeded:
      "a konverzió, amely egyedül ennek a lépésnek kellene a bevételi célhoz (100% felett: ez a lépés egyedül nem éri el)",
    previousResult: "ennek a lépésnek az eredménye az összehasonlított időszakban",
    previousConversion: "ennek a lépésnek a konverziója az összehasonlított időszakban",
    conversionChange: "a mai konverzió mínusz az akkori, százalékpontban",
  },
  exampleProduct: "Tanácsadás",
};

const nb: TemplateNotes = {
  heading: "Hva de beregnede kolonnene viser",
  columns: {
    conversion: "andelen av steget før som nådde dette steget",
    forecastConversion: "den andelen med forbedringen du håper på i D (aldri over 100%)",
    forecastResult: "hvor mange som ville nå dette steget med alle forbedringene i D",
    extraRevenueAlone: "omsetningen du får i tillegg hvis bare dette steget blir bedre som håpet",
    revenuePerPoint:
      "omsetningen du får i tillegg hvis dette steget konverterer ett prosentpoeng bedre (40% → 41%): det høyeste viser hvor du bør begynne",
    conversionLow: "den laveste den sanne konverteringen trolig er, ut fra hvor mange som ble talt",
    conversionHigh: "den høyeste den sanne konverteringen trolig er, ut fra hvor mange som ble talt",
    costPerResult: "kostnadene i perioden delt på resultatet i dette steget",
    neededForTarget: "resultatet dette steget trenger for omsetningsmålet, med dagens konverteringer",
    conversionNeeded:
      "konverteringen dette steget alene ville trenge for omsetningsmålet (over 100%: ikke mulig med dette steget alene)",
    previousResult: "resultatet i dette steget i perioden det sammenlignes med",
    previousConversion: "konverteringen i dette steget i perioden det sammenlignes med",
    conversionChange: "dagens konvertering minus den gang, i prosentpoeng",
  },
  exampleProduct: "Rådgivning",
};

export const templateNotes: Record<LanguageCode, TemplateNotes> = { en, nl, de, hu, nb };
