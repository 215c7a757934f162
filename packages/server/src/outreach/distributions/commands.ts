import type { CommandHandler } from '../../commands/context.ts';
import { createDistribution, createDistributionPoint, defineKit } from './catalogue-commands.ts';
import { giveDistribution } from './give.ts';
import { adjustStock, receiveStock } from './stock-commands.ts';

export const distributionsCommands: CommandHandler[] = [
  defineKit,
  createDistributionPoint,
  createDistribution,
  giveDistribution,
  receiveStock,
  adjustStock,
] as CommandHandler[];
