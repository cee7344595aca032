/** Every language pack at once, for tests and tools (the pane loads them one at a time). */
import { de } from "./de";
import { en } from "./en";
import { hu } from "./hu";
import { nb } from "./nb";
import { nl } from "./nl";
import type { LanguageCode, LanguagePack } from "./types";

export const LANGUAGES: Record<LanguageCode, LanguagePack> = { en, nl, de, hu, nb };
