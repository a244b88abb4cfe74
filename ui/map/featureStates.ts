// Which feature-state calls turn the map's current states into the wanted ones, so a change of
// year or selection touches only the places that changed.
export type FeatureStateValue = number | string | boolean;
export type FeatureStates = Readonly<Record<string, Readonly<Record<string, FeatureStateValue>>>>;
export type FeatureStateChange = { id: string; set?: Record<string, FeatureStateValue>; remove?: string[] };

export function diffFeatureStates(current: FeatureStates, next: FeatureStates): FeatureStateChange[] {
  const changes: FeatureStateChange[] = [];
  const ids = new Set([...Object.keys(current), ...Object.keys(next)]);
  for (const id of [...ids].sort()) {
    const before = current[id] ?? {};
    const after = next[id] ?? {};
    const set: Record<string, FeatureStateValue> = {};
    for (const [key, value] of Object.entries(after)) if (before[key] !== value) set[key] = value;
    const remove = Object.keys(before).filter((key) => !(key in after));
    if (Object.keys(set).length === 0 && remove.length === 0) continue;
    changes.push({ id, ...(Object.keys(set).length ? { set } : {}), ...(remove.length ? { remove } : {}) });
  }
  return changes;
}
