import type { Plan } from '../model/types';
import type { Warning } from './types';

export function lintScene(_plan: Plan, _sceneId: string): Warning[] {
  return [];
}
