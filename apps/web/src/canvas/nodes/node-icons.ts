import { Camera, Clapperboard, HelpCircle, UserRound, type LucideIcon } from 'lucide-react';

const icons: Record<string, LucideIcon> = { character: UserRound, scene: Clapperboard, shot: Camera };

export const nodeIcon = (type: string): LucideIcon => icons[type] ?? HelpCircle;
