import { tierConfig } from '../../scripts/jest/preset.mjs';

export default tierConfig({ tier: 'contract', rootDir: import.meta.dirname });
