import { tierConfig } from '../../scripts/jest/preset.mjs';

export default tierConfig({ tier: 'domain', rootDir: import.meta.dirname });
