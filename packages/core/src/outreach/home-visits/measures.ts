/**
 * Plausible human measures. The weight range runs from a very premature newborn to a heavy adult, and
 * MUAC from a severely wasted infant to a large adult arm: anything outside is a typing slip (grams
 * entered as kilograms, centimetres as millimetres), not a person.
 */
export const weightGramsRange = { min: 400, max: 250_000 } as const;
export const muacMmRange = { min: 60, max: 500 } as const;

/**
 * WHO: a mid-upper arm circumference under 115 mm in a child of 6–59 months is severe acute
 * malnutrition, to be referred for treatment at once. Bilateral oedema is the other sign of it in a
 * child, but in a pregnant woman swelling is a different danger sign (pre-eclampsia), so only MUAC sets
 * this flag; oedema is shown as observed.
 */
export const severeAcuteMalnutritionMuacMm = 115;

export function isSevereAcuteMalnutrition(muacMm: number | null | undefined): boolean {
  return muacMm !== null && muacMm !== undefined && muacMm < severeAcuteMalnutritionMuacMm;
}

export const isPlausibleMeasure = (value: number, range: { min: number; max: number }): boolean =>
  value >= range.min && value <= range.max;
