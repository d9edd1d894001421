// Statistics for the learner's progress dashboard: pure functions over plain review and card data.
export type * from "./types";
export { buildHeatmap, type HeatCell, type HeatLevel, type Heatmap } from "./heatmap";
export { computeStreaks, type Streaks } from "./streaks";
export { MATURE_AFTER_DAYS, retentionByWeek, trueRetention, type Rate, type RetentionWeek, type TrueRetention } from "./retention";
export { dueForecast, type ForecastDay } from "./forecast";
export { recallByTopic, stateCounts, type StateCounts, type TopicRecall } from "./recall";
export {
  FAIR_RECALL,
  STRONG_RECALL,
  classifyRecall,
  eventTimeline,
  type RecallLevel,
  type TimelineEntry,
} from "./timeline";
export { toCsv, type CsvRow, type CsvValue } from "./csv";
export { formatPercent } from "./percent";
