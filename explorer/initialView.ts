// The map's first view: from Moldova to the Northern Territories at world zoom 2 on a desktop,
// zoom 1 on a phone. Shared by the explorer and the bench's bare MapLibre page.
export const INITIAL_VIEW = { center: [85, 48] as [number, number], zoom: 2, phoneZoom: 1 };
