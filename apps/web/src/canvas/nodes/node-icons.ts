import {
  Camera, Clapperboard, ClipboardList, FileDown, Film, HelpCircle, ListChecks, ListOrdered, MapPin, MessageSquareQuote, Music, Package,
  Palette, ScrollText, ShieldAlert, StickyNote, UserRound, Video, type LucideIcon,
} from 'lucide-react';

const icons: Record<string, LucideIcon> = {
  character: UserRound,
  scene: Clapperboard,
  shot: Camera,
  location: MapPin,
  style: Palette,
  script: ScrollText,
  prop: Package,
  camera: Video,
  sequence: ListOrdered,
  dialogue: MessageSquareQuote,
  audio: Music,
  timeline: Film,
  shotList: ListChecks,
  breakdownReport: ClipboardList,
  continuityCheck: ShieldAlert,
  export: FileDown,
  note: StickyNote,
};

export const nodeIcon = (type: string): LucideIcon => icons[type] ?? HelpCircle;
