import type { CommandHandler } from '../../commands/context.ts';
import { createDrive, defineVaccine } from './catalogue-commands.ts';
import { recordVaccination, voidVaccination } from './dose-commands.ts';

export const vaccinationCommands: CommandHandler[] = [
  defineVaccine,
  createDrive,
  recordVaccination,
  voidVaccination,
] as CommandHandler[];
