// The part of autocannon's API bench/api.ts uses (the package ships no types and @types/autocannon is not installed).
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    body?: string;
    /** Stop after this many requests instead of after `duration`. */
    amount?: number;
    /** Requests sent in turn on each connection (each may set its own body). */
    requests?: { method?: string; headers?: Record<string, string>; body?: string }[];
  }
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    non2xx: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
