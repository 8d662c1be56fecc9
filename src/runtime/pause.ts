/** What the chaos session tells the runtime about a paused service (a leaf: steps and scenarios both read it). */
export interface PauseInfo {
  /** Name of the pause fault holding the service. */
  fault: string;
  /** When the pause is due to end (epoch ms); absent: at cleanup. */
  untilMs?: number;
}
