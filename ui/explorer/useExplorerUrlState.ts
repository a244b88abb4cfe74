"use client";
// The explorer's shareable state, kept in the URL: throttled writes (one history entry per
// gesture), back/forward restore it, a reload starts from it (the server parses the same query).
import { useCallback, useEffect, useRef, useState } from "react";
import { HistoryWriter, parseUrlState, serialiseUrlState, type ExplorerUrlState, type UrlStateBounds } from "@/explorer/urlState";

export function useExplorerUrlState(initial: ExplorerUrlState, bounds: UrlStateBounds) {
  const [state, setState] = useState(initial);
  const writerRef = useRef<HistoryWriter | null>(null);
  const boundsRef = useRef(bounds);

  useEffect(() => {
    const writer = new HistoryWriter(window.history, () => window.location.pathname, window.location.search.replace(/^\?/, ""));
    writerRef.current = writer;
    const onPopState = () => {
      const query = window.location.search.replace(/^\?/, "");
      writer.acknowledge(query);
      setState(parseUrlState(new URLSearchParams(query), boundsRef.current));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
      writer.dispose();
      writerRef.current = null;
    };
  }, []);

  // Written just after the next frame, so that a slider step reaches the map's frame before the
  // history (and Next's router, which listens to it) does any work; a newer state supersedes it.
  useEffect(() => {
    const query = serialiseUrlState(state, boundsRef.current);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => writerRef.current?.write(query), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [state]);

  const update = useCallback((change: Partial<ExplorerUrlState> | ((current: ExplorerUrlState) => Partial<ExplorerUrlState>)) => {
    setState((current) => ({ ...current, ...(typeof change === "function" ? change(current) : change) }));
  }, []);

  return [state, update] as const;
}
