export declare class PresetError extends Error {
    name: string;
}
export declare const PRESETS_DIR: string;
type Scalar = string | number | boolean;
export interface Preset {
    name: string;
    file: string;
    description: string;
    command: string;
    arguments: Record<string, Scalar | Scalar[]>;
}
/** Reads and validates a preset file: every field checked as the CLI would. */
export declare function loadPreset(file: string): Preset;
/** A preset by name (from templates/presets) or by file name. */
export declare function findPreset(nameOrFile: string): Preset;
export declare function listPresets(): Preset[];
/**
 * Expands `--template NAME` into the preset's arguments, leaving out those
 * the user gave (a list from the command line replaces the preset's list).
 */
export declare function applyTemplate(args: readonly string[]): string[];
export {};
