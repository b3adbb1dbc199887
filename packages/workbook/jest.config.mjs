import { tierConfig } from '../../scripts/jest/preset.mjs';

export default tierConfig({ tier: 'workbook', rootDir: import.meta.dirname });
