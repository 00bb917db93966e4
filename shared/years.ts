// The reporting years the app accepts, everywhere (API schemas, imports, forms): one range.
// 1990 is the base year of the Kyoto-era inventories; 2100 the horizon of any stated target.
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
