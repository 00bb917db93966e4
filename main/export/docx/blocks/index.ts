// One builder per block type. Adding a block type to shared/report/blocks.ts without a
// builder here fails the type check.
import type { BlockType } from '../../../../shared/report/blocks.js';
import { buildBulletListBlock } from './bullet-list-block.js';
import { buildCaseStudyBlock } from './case-study-block.js';
import { buildChartBlock } from './chart-block.js';
import { buildClimateRegisterBlock } from './climate-register-block.js';
import { buildDisclosureIndexBlock } from './disclosure-index-block.js';
import { buildFrontMatterBlock } from './front-matter-block.js';
import { buildGovernanceFactsBlock } from './governance-facts-block.js';
import { buildGovernanceStructureBlock } from './governance-structure-block.js';
import { buildImageBlock } from './image-block.js';
import { buildKpiTableBlock } from './kpi-table-block.js';
import { buildMaterialityBlock } from './materiality-block.js';
import { buildRichTextBlock } from './rich-text-block.js';
import { buildScenarioTableBlock } from './scenario-table-block.js';
import { buildStakeholderTableBlock } from './stakeholder-table-block.js';
import { buildStaticTableBlock } from './static-table-block.js';
import { buildTargetTableBlock } from './target-table-block.js';
import type { BlockBuilder } from './types.js';

export const BLOCK_BUILDERS = {
  rich_text: buildRichTextBlock,
  bullet_list: buildBulletListBlock,
  static_table: buildStaticTableBlock,
  kpi_table: buildKpiTableBlock,
  target_table: buildTargetTableBlock,
  case_study: buildCaseStudyBlock,
  image: buildImageBlock,
  chart: buildChartBlock,
  stakeholder_table: buildStakeholderTableBlock,
  materiality: buildMaterialityBlock,
  climate_register: buildClimateRegisterBlock,
  scenario_table: buildScenarioTableBlock,
  governance_facts: buildGovernanceFactsBlock,
  governance_structure: buildGovernanceStructureBlock,
  disclosure_index: buildDisclosureIndexBlock,
  front_matter: buildFrontMatterBlock,
} satisfies Record<BlockType, BlockBuilder>;
