/**
 * What to tell a user whose Excel shows add-ins in Internet Explorer: in their language, what to update.
 * Kept apart from the language packs because it must load in Internet Explorer (ES5, a few hundred bytes).
 */

export interface UpdateMessage {
  title: string;
  text: string;
}

export const UPDATE_MESSAGES: Record<"en" | "nl" | "de" | "hu" | "nb", UpdateMessage> = {
  en: {
    title: "Funnel Forecast needs a newer Excel",
    text: "This version of Excel shows add-ins with Internet Explorer, which cannot run Funnel Forecast. Update to Microsoft 365, or install the Microsoft Edge WebView2 Runtime (ask your IT department), then open Funnel Forecast again.",
  },
  nl: {
    title: "Funnel Forecast heeft een nieuwere Excel nodig",
    text: "Deze versie van Excel toont invoegtoepassingen met Internet Explorer, en daarin werkt Funnel Forecast niet. Werk bij naar Microsoft 365 of installeer de Microsoft Edge WebView2 Runtime (vraag uw IT-afdeling) en open Funnel Forecast opnieuw.",
  },
  de: {
    title: "Funnel Forecast braucht ein neueres Excel",
    text: "Diese Excel-Version zeigt Add-Ins mit dem Internet Explorer an, in dem Funnel Forecast nicht läuft. Aktualisieren Sie auf Microsoft 365 oder installieren Sie die Microsoft Edge WebView2 Runtime (fragen Sie Ihre IT-Abteilung) und öffnen Sie Funnel Forecast dann erneut.",
  },
  hu: {
    title: "A Funnel Forecasthoz újabb Excel kell",
    text: "Az Excel ezen verziója a bővítményeket Internet Explorerrel jeleníti meg, amelyben a Funnel Forecast nem fut. Frissítsen Microsoft 365-re, vagy telepítse a Microsoft Edge WebView2 Runtime-ot (kérdezze meg az informatikai részleget), majd nyissa meg újra a Funnel Forecastot.",
  },
  nb: {
    title: "Funnel Forecast trenger en nyere Excel",
    text: "Denne versjonen av Excel viser tillegg med Internet Explorer, der Funnel Forecast ikke kan kjøre. Oppdater til Microsoft 365, eller installer Microsoft Edge WebView2 Runtime (spør IT-avdelingen), og åpne Funnel Forecast på nytt.",
  },
};

/** The message for a display language such as "nl-NL" (no/nn mean Bokmål); English otherwise. */
export function updateMessage(language: string | undefined): UpdateMessage {
  const prefix = ((language || "").split("-")[0] ?? "").toLowerCase();
  if (prefix === "nl") return UPDATE_MESSAGES.nl;
  if (prefix === "de") return UPDATE_MESSAGES.de;
  if (prefix === "hu") return UPDATE_MESSAGES.hu;
  if (prefix === "nb" || prefix === "no" || prefix === "nn") return UPDATE_MESSAGES.nb;
  return UPDATE_MESSAGES.en;
}
