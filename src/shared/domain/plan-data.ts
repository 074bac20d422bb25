import { z } from 'zod';
import { IsoDateSchema } from './iso-date';

/**
 * The numbers of the plan (issue 7): the education providers of the area and their own plans
 * (OpHL 13 §), staffing against the ratios, and the quality indicator set (mittaristo). Stored as
 * structured data in the plan file, computed by the core, shown in the Tiedot view, inserted into
 * the text as live blocks (`DataBlock`) and frozen with every version.
 */

const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const ProviderIdSchema = IdSchema;
export const StaffingRowIdSchema = IdSchema;
export const IndicatorIdSchema = IdSchema;
export const RatioSetIdSchema = IdSchema;

/** kunta, kuntayhtymä, yksityinen, valtio. */
export const providerKinds = ['municipality', 'jointAuthority', 'private', 'state'] as const;
export const ProviderKindSchema = z.enum(providerKinds);
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

/** esiopetus, perusopetus, lukio, ammatillinen koulutus, TUVA (tutkintokoulutukseen valmentava). */
export const educationLevels = [
  'preschool',
  'basic',
  'upperSecondary',
  'vocational',
  'tuva',
] as const;
export const EducationLevelSchema = z.enum(educationLevels);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

/**
 * The two groups the ratios distinguish: perusaste (esi- ja perusopetus) and toinen aste (lukio,
 * ammatillinen, TUVA). THL's nurse and doctor recommendations differ between them.
 */
export const levelGroups = ['basic', 'secondary'] as const;
export const LevelGroupSchema = z.enum(levelGroups);
export type LevelGroup = z.infer<typeof LevelGroupSchema>;
export const levelGroupOf = (level: EducationLevel): LevelGroup =>
  level === 'preschool' || level === 'basic' ? 'basic' : 'secondary';

/** The language of a provider's education: suomi, ruotsi, molemmat. */
export const providerLanguages = ['fi', 'sv', 'both'] as const;
export const ProviderLanguageSchema = z.enum(providerLanguages);

/** The provider's own student welfare plan: ei aloitettu, valmistelussa, hyväksytty. */
export const providerPlanStatuses = ['notStarted', 'inPreparation', 'adopted'] as const;
export const ProviderPlanStatusSchema = z.enum(providerPlanStatuses);
export type ProviderPlanStatus = z.infer<typeof ProviderPlanStatusSchema>;

export const NameSchema = z.string().trim().min(1).max(200);
const NoteSchema = z.string().trim().max(5000);

/** A figure a provider's plan states (e.g. "kuraattorin työaikaa tarvitaan", 2.5, "htv"). */
export const NeedFigureSchema = z
  .object({
    label: z.string().trim().min(1).max(200),
    value: z.number().finite().min(0).max(1e9),
    unit: z.string().trim().max(40),
  })
  .strict();
export type NeedFigure = z.infer<typeof NeedFigureSchema>;

/** An education provider (koulutuksen järjestäjä) of the area and the state of its own plan. */
export const ProviderInputSchema = z
  .object({
    /** Absent: a new provider. */
    id: ProviderIdSchema.optional(),
    name: NameSchema,
    kind: ProviderKindSchema,
    /** At least one level. */
    levels: z.array(EducationLevelSchema).min(1).max(5),
    language: ProviderLanguageSchema,
    planStatus: ProviderPlanStatusSchema,
    /** Only with planStatus adopted (else INVALID_INPUT). */
    adoptedOn: IsoDateSchema.nullable(),
    /** A link (http/https) or a file name. */
    planReference: z.string().trim().max(1000),
    /** The total need the plan states (opiskeluhuollon kokonaistarve), in words. */
    needText: NoteSchema,
    needFigures: z.array(NeedFigureSchema).max(20),
  })
  .strict();
export type ProviderInput = z.infer<typeof ProviderInputSchema>;

export const ProviderSchema = ProviderInputSchema.extend({
  id: ProviderIdSchema,
  /** Register order (alphabetical by name, Finnish collation). */
  position: z.number().int().min(0),
});
export type Provider = z.infer<typeof ProviderSchema>;

/** kuraattori, psykologi, terveydenhoitaja, lääkäri. */
export const professions = ['kuraattori', 'psykologi', 'terveydenhoitaja', 'laakari'] as const;
export const ProfessionSchema = z.enum(professions);
export type Profession = z.infer<typeof ProfessionSchema>;

/** lakisääteinen (binding) or suositus (THL/STM or another body's recommendation, not binding). */
export const ratioKinds = ['statutory', 'recommendation'] as const;
export const RatioKindSchema = z.enum(ratioKinds);
export type RatioKind = z.infer<typeof RatioKindSchema>;

/** At most `perFte` pupils or students per full-time equivalent (henkilötyövuosi). */
export const RatioSchema = z
  .object({
    profession: ProfessionSchema,
    levelGroup: LevelGroupSchema,
    perFte: z.number().int().min(1).max(100_000),
    kind: RatioKindSchema,
    /** Where the figure comes from, e.g. "OpHL (HE 165/2021 vp), voimassa 1.8.2023". */
    source: z.string().min(1).max(500),
    effectiveFrom: IsoDateSchema,
  })
  .strict();
export type Ratio = z.infer<typeof RatioSchema>;

/**
 * A set of ratios, one per profession and level group, as data: a change in the law is a new set,
 * not new code. The sets ship with the app (migrations seed them); a plan records which it uses.
 */
export const RatioSetSchema = z
  .object({
    id: RatioSetIdSchema,
    /** fi/sv/en names: the set's title in each language. */
    name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }).strict(),
    effectiveFrom: IsoDateSchema,
    ratios: z.array(RatioSchema),
  })
  .strict();
export type RatioSet = z.infer<typeof RatioSetSchema>;

/** Max two decimals (FTEs are kept in hundredths); more is rounded half up on input. */
export const FteSchema = z.number().finite().min(0).max(100_000);

/**
 * One row of the staffing table: an area (a municipality or a provider) at one level, with its
 * pupils/students and the full-time equivalents of each profession. `null` is "not known", which
 * is not zero: an unknown figure leaves that profession's computed figures unknown.
 */
export const StaffingRowInputSchema = z
  .object({
    id: StaffingRowIdSchema.optional(),
    /** Municipality or provider name, as the table shows it. Unique with the level. */
    area: NameSchema,
    /** The register's provider this row is about, if any. */
    providerId: ProviderIdSchema.nullable(),
    level: EducationLevelSchema,
    pupils: z.number().int().min(0).max(10_000_000).nullable(),
    fte: z
      .object({
        kuraattori: FteSchema.nullable(),
        psykologi: FteSchema.nullable(),
        terveydenhoitaja: FteSchema.nullable(),
        laakari: FteSchema.nullable(),
      })
      .strict(),
    note: NoteSchema,
  })
  .strict();
export type StaffingRowInput = z.infer<typeof StaffingRowInputSchema>;

/**
 * One profession's computed figures for a row or a total. Every figure is null when the pupils or
 * the FTE it needs are unknown.
 *
 * - `fte`: as entered (two decimals);
 * - `perFte`: pupils per FTE, rounded to a whole number; null when the FTE is 0 (no one);
 * - `requiredFte`: pupils / ratio, rounded UP to hundredths (meeting the rounded figure always
 *   meets the ratio);
 * - `shortfall`: max(0, requiredFte − fte), hundredths;
 * - `met`: pupils ≤ ratio × fte, compared exactly (no rounding);
 * - `overRatio`: perFte − ratio (how many pupils per FTE above the ratio; negative = better).
 *   For a recommendation it is "how far from THL's recommendation".
 */
export const ProfessionFiguresSchema = z.object({
  profession: ProfessionSchema,
  ratio: z.number().int(),
  ratioKind: RatioKindSchema,
  fte: z.number().nullable(),
  perFte: z.number().int().nullable(),
  requiredFte: z.number().nullable(),
  shortfall: z.number().nullable(),
  met: z.boolean().nullable(),
  overRatio: z.number().int().nullable(),
});
export type ProfessionFigures = z.infer<typeof ProfessionFiguresSchema>;

export const StaffingRowSchema = StaffingRowInputSchema.extend({
  id: StaffingRowIdSchema,
  /** Every profession in `professions` order. */
  figures: z.array(ProfessionFiguresSchema),
});
export type StaffingRow = z.infer<typeof StaffingRowSchema>;

/**
 * A total over rows (a level group, or the whole region; the ratio is calculated at county level).
 * Per profession, only rows whose pupils and FTE are both known count; `missingRows` says how many
 * were left out. `requiredFte` is the exact sum over level groups of (group pupils / group ratio),
 * rounded up to hundredths once (so `met` and a zero shortfall always agree); `shortfall` is net at this level (max(0, required − fte));
 * `rowShortfall` is the sum of the rows' own shortfalls (local gaps a surplus elsewhere hides).
 * For a total, `ratio` is the basic group's ratio when the total spans both groups.
 */
export const TotalFiguresSchema = ProfessionFiguresSchema.extend({
  missingRows: z.number().int().min(0),
  rowShortfall: z.number().nullable(),
});
export type TotalFigures = z.infer<typeof TotalFiguresSchema>;

export const StaffingTotalSchema = z.object({
  /** null: the whole region. */
  levelGroup: LevelGroupSchema.nullable(),
  pupils: z.number().int().min(0),
  rows: z.number().int().min(0),
  figures: z.array(TotalFiguresSchema),
});
export type StaffingTotal = z.infer<typeof StaffingTotalSchema>;

export const StaffingReportSchema = z.object({
  ratioSet: RatioSetSchema,
  /** Rows ordered by area (Finnish collation), then level in `educationLevels` order. */
  rows: z.array(StaffingRowSchema),
  /** basic, secondary (only groups that have rows), then the region (levelGroup null). */
  totals: z.array(StaffingTotalSchema),
});
export type StaffingReport = z.infer<typeof StaffingReportSchema>;

/** Kouluterveyskysely, TEAviisari, AvoHILMO, oma tieto (the county's own data). */
export const indicatorSources = ['kouluterveyskysely', 'teaviisari', 'avohilmo', 'own'] as const;
export const IndicatorSourceSchema = z.enum(indicatorSources);
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;

/** Which way is better: a higher or a lower value. */
export const directions = ['higher', 'lower'] as const;
export const DirectionSchema = z.enum(directions);

export const YearSchema = z.number().int().min(1990).max(2100);
export const IndicatorValueSchema = z
  .object({ year: YearSchema, value: z.number().finite() })
  .strict();
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const IndicatorInputSchema = z
  .object({
    id: IndicatorIdSchema.optional(),
    name: NameSchema,
    source: IndicatorSourceSchema,
    /** e.g. "%", "käyntiä / 1 000 oppilasta". */
    unit: z.string().trim().max(60),
    better: DirectionSchema,
    /** The area the figures are for (the county, a municipality). */
    area: z.string().trim().max(200),
    /** The level or group the indicator is about (e.g. "8.–9. lk"), free text. */
    group: z.string().trim().max(200),
    baseline: IndicatorValueSchema.nullable(),
    target: IndicatorValueSchema.nullable(),
    note: NoteSchema,
  })
  .strict();
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

/**
 * Where an indicator stands: `met` (the latest value reaches the target in the better direction),
 * `improving` / `worsening` (the latest value against the baseline, in the better direction),
 * `unchanged`, `noTarget`, `noData` (no follow-up value yet).
 */
export const indicatorStatuses = [
  'met',
  'improving',
  'unchanged',
  'worsening',
  'noTarget',
  'noData',
] as const;
export const IndicatorStatusSchema = z.enum(indicatorStatuses);
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

export const IndicatorSchema = IndicatorInputSchema.extend({
  id: IndicatorIdSchema,
  /** The key of the starter-set entry it was made from (src/shared/indicators/starter-set.ts). */
  starterKey: z.string().nullable(),
  position: z.number().int().min(0),
  /** Follow-up values, oldest year first, one per year. */
  values: z.array(IndicatorValueSchema),
  latest: IndicatorValueSchema.nullable(),
  status: IndicatorStatusSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Everything the Tiedot view, the live blocks and the exports show, as one value. */
export const PlanDataSchema = z.object({
  providers: z.array(ProviderSchema),
  staffing: StaffingReportSchema,
  indicators: z.array(IndicatorSchema),
  /** Every ratio set the app knows, newest first (the plan's is `staffing.ratioSet`). */
  ratioSets: z.array(RatioSetSchema),
});
export type PlanData = z.infer<typeof PlanDataSchema>;

/**
 * A live block in a section's text: a Lexical node of type `DATA_BLOCK_TYPE` holding only this
 * reference; what it shows is rendered from the plan's data (the current data in the editor, the
 * version's frozen data in a version and its export).
 *
 * - `staffing`: the staffing table (rows and totals), of one level group or all;
 * - `shortfall`: per profession, the region's FTE, required FTE, shortfall and whether met;
 * - `providers`: the register with each provider's plan status and date;
 * - `indicators`: the indicator set with baseline, target, latest value and status;
 * - `indicatorChart`: one indicator over the years against its target (an SVG chart).
 */
export const DataBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staffing'), levelGroup: LevelGroupSchema.nullable() }).strict(),
  z.object({ kind: z.literal('shortfall') }).strict(),
  z.object({ kind: z.literal('providers') }).strict(),
  z.object({ kind: z.literal('indicators') }).strict(),
  z.object({ kind: z.literal('indicatorChart'), indicatorId: IndicatorIdSchema }).strict(),
]);
export type DataBlock = z.infer<typeof DataBlockSchema>;
export const dataBlockKinds = [
  'staffing',
  'shortfall',
  'providers',
  'indicators',
  'indicatorChart',
] as const;

/** The Lexical node type of a live block; its JSON is `{ type, version: 1, block: DataBlock }`. */
export const DATA_BLOCK_TYPE = 'suunta-data';

// ---- importing staffing counts and indicator values from CSV/XLSX ----

const ColumnSchema = z.number().int().min(0).max(499);

/**
 * Which column holds what (0-based). Area and level are required; every other column may be
 * absent (its figures are then left as they are on rows that exist, unknown on new rows).
 */
export const StaffingColumnsSchema = z
  .object({
    area: ColumnSchema,
    level: ColumnSchema,
    pupils: ColumnSchema.nullable(),
    kuraattori: ColumnSchema.nullable(),
    psykologi: ColumnSchema.nullable(),
    terveydenhoitaja: ColumnSchema.nullable(),
    laakari: ColumnSchema.nullable(),
  })
  .strict();
export type StaffingColumns = z.infer<typeof StaffingColumnsSchema>;

/** A cell that cannot be read as what its column holds; any such cell stops the commit. */
export const CellIssueSchema = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int().min(1),
  column: z.string(),
  value: z.string(),
  problem: z.enum(['notANumber', 'negative', 'notWhole', 'unknownLevel', 'empty', 'duplicate']),
});
export type CellIssue = z.infer<typeof CellIssueSchema>;

export const TablePreviewFileSchema = z.object({
  path: z.string(),
  /** SHA-256 of the bytes; the commit refuses another (SOURCE_CHANGED). */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['csv', 'xlsx']),
  headers: z.array(z.string()),
  /** The first rows as read, for the mapping step's sample. */
  sample: z.array(z.array(z.string())).max(5),
  /** Headers no column was placed for (shown, and printed by the CLI). */
  unplaced: z.array(z.string()),
});

export const StaffingImportPreviewSchema = z.object({
  file: TablePreviewFileSchema,
  /** As recognised from the headers (or as given); null when area or level was not found. */
  columns: StaffingColumnsSchema.nullable(),
  /** The rows as they would be written, with what happens to each. */
  rows: z.array(
    z.object({
      row: z.number().int().min(1),
      input: StaffingRowInputSchema,
      action: z.enum(['add', 'update']),
    }),
  ),
  issues: z.array(CellIssueSchema),
});
export type StaffingImportPreview = z.infer<typeof StaffingImportPreviewSchema>;

export const TableImportReportSchema = z.object({
  added: z.number().int().min(0),
  updated: z.number().int().min(0),
  unplaced: z.array(z.string()),
});

/** Indicator values: one indicator per column set; long (year, value) or wide (years as headers). */
export const IndicatorColumnsSchema = z
  .object({
    /** The indicator's name column; null: every row is for `indicatorId`. */
    indicator: ColumnSchema.nullable(),
    /** The area column (e.g. "Alue"); rows for other areas than the indicator's are skipped. */
    area: ColumnSchema.nullable(),
    /** Long format: year and value columns. Wide format: year is null and `yearColumns` is set. */
    year: ColumnSchema.nullable(),
    value: ColumnSchema.nullable(),
    yearColumns: z.array(z.object({ column: ColumnSchema, year: YearSchema }).strict()).max(200),
  })
  .strict();
export type IndicatorColumns = z.infer<typeof IndicatorColumnsSchema>;

export const IndicatorImportPreviewSchema = z.object({
  file: TablePreviewFileSchema,
  columns: IndicatorColumnsSchema.nullable(),
  /** Values per indicator: matched by name to an existing one, or to `indicatorId`. */
  values: z.array(
    z.object({
      indicatorId: IndicatorIdSchema.nullable(),
      /** The name in the file (or the chosen indicator's). */
      name: z.string(),
      values: z.array(IndicatorValueSchema),
      /** How many values differ from those stored (replaced on commit). */
      changed: z.number().int().min(0),
    }),
  ),
  issues: z.array(CellIssueSchema),
  /** Rows skipped because their area is not the indicator's, or their name matches none. */
  skipped: z.array(
    z.object({ row: z.number().int().min(1), reason: z.enum(['otherArea', 'unknownIndicator']) }),
  ),
});
export type IndicatorImportPreview = z.infer<typeof IndicatorImportPreviewSchema>;
