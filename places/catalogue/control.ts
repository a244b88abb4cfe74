// Who holds each special region on the ground, by year (the de facto view). Years follow the
// end-of-year convention in types.ts. `administrator` is a place code or, for self-administered
// entities, a short description.
import type { PlaceControlRecord } from "./types";

export const placeControlRows: readonly PlaceControlRecord[] = [
  {
    placeCode: "northern-territories",
    administrator: "RUS",
    fromYear: 1945,
    toYear: null,
    note: "Occupied by the Soviet Union in August–September 1945 and administered by it, then by Russia from 1991; Japan claims the four islands.",
  },
  {
    placeCode: "crimea",
    administrator: "UKR",
    fromYear: 1991,
    toYear: 2013,
    note: "Part of independent Ukraine from 1991 (transferred to the Ukrainian SSR in 1954).",
  },
  {
    placeCode: "crimea",
    administrator: "RUS",
    fromYear: 2014,
    toYear: null,
    note: "Annexed by Russia in March 2014; not recognised (UN General Assembly resolution 68/262).",
  },
  {
    placeCode: "nagorno-karabakh",
    administrator: "self-administered (Armenian-backed \"Republic of Artsakh\")",
    fromYear: 1991,
    toYear: 2022,
    note: "Independence declared in 1991; held after the 1994 ceasefire together with surrounding districts, most of which Azerbaijan regained in the 2020 war; Russian peacekeepers from November 2020.",
  },
  {
    placeCode: "nagorno-karabakh",
    administrator: "AZE",
    fromYear: 2023,
    toYear: null,
    note: "Azerbaijan took full control in its September 2023 offensive; the \"Republic of Artsakh\" was dissolved on 1 January 2024.",
  },
  {
    placeCode: "transnistria",
    administrator: "self-administered (\"Pridnestrovian Moldavian Republic\")",
    fromYear: 1992,
    toYear: null,
    note: "Proclaimed in 1990 and held since the 1992 war; Russian forces (the Operational Group of Russian Forces and peacekeepers) are stationed there.",
  },
  {
    placeCode: "abkhazia",
    administrator: "self-administered (Russian-backed)",
    fromYear: 1993,
    toYear: null,
    note: "Outside Georgian control since the 1992–1993 war; recognised by Russia in August 2008, with Russian forces based there; Georgia regards it as occupied.",
  },
  {
    placeCode: "south-ossetia",
    administrator: "self-administered (Russian-backed)",
    fromYear: 1992,
    toYear: null,
    note: "Outside Georgian control since the 1991–1992 conflict; recognised by Russia in August 2008, with Russian forces based there; Georgia regards it as occupied.",
  },
];
