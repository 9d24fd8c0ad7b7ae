import { type Asn } from "../asn1/schema.js";
import type { Stats } from "../model/stats.js";
export declare const stats: Asn<Stats>;
