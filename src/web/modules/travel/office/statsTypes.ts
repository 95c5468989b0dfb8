/** The shapes the statistics page's parts share. */
import type { TravelStats } from './api';

/** A figure of the period and of the same period a year earlier. */
export type Pair = { now: number; prev: number };
/** A row of a breakdown (by unit, rank or destination). */
export type Group = TravelStats['byUnit'][number];
/** What the charts count: delegations (批) or person-trips (人次). */
export type Metric = 'batches' | 'people';
