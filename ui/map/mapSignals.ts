// Signals the map gives the page about its rendering, for measurement (npm run bench) and tests:
// a User Timing mark when the world is first drawn, and a DOM event on the map's container each
// time MapLibre reaches an idle frame (everything asked for is rendered).
export const MAP_FIRST_RENDER_MARK = "explorer-map:first-render";
export const MAP_IDLE_EVENT = "explorer-map:idle";
