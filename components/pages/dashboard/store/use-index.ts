import { useEffect, useState } from 'preact/hooks';

interface Versioned {
  version: number;
  subscribe(listener: () => void): () => void;
}

/** Re-render when the index loads or changes; returns its version for memo deps. */
export function useIndexVersion(index: Versioned): number {
  const [version, setVersion] = useState(index.version);
  useEffect(() => {
    setVersion(index.version);
    return index.subscribe(() => setVersion(index.version));
  }, [index]);
  return version;
}
