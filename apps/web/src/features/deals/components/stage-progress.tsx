import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Tooltip from '@mui/material/Tooltip';
import type { Deal, Stage } from '../api/keys';

interface StageProgressProps {
  deal: Deal;
  stages: Stage[];
  disabled: boolean;
  onSelect(stage: Stage): void;
}

/** The working stages as chevrons, done ones filled; click one to move the deal there. */
export function StageProgress({ deal, stages, disabled, onSelect }: StageProgressProps) {
  const working = stages.filter((s) => !s.outcome);
  const currentIndex = working.findIndex((s) => s.id === deal.stageId);
  const closed = deal.status !== 'open';
  return (
    <Box role="list" aria-label="Stages" sx={{ display: 'flex', gap: 0.5, overflowX: 'auto' }}>
      {working.map((stage, index) => {
        const current = stage.id === deal.stageId;
        const done = closed ? deal.status === 'won' : index < currentIndex;
        const bg = current ? 'primary.main' : done ? 'rgba(79,70,229,0.16)' : 'grey.100';
        const color = current ? 'primary.contrastText' : done ? 'primary.dark' : 'text.secondary';
        return (
          <Tooltip key={stage.id} title={current ? 'Current stage' : `Move to ${stage.name} (${stage.probability}%)`}>
            <ButtonBase
              role="listitem"
              aria-current={current ? 'step' : undefined}
              disabled={disabled || current}
              onClick={() => onSelect(stage)}
              sx={{
                flex: '1 0 auto',
                minWidth: 110,
                height: 36,
                px: 2.5,
                bgcolor: bg,
                color,
                fontWeight: 600,
                fontSize: '0.8125rem',
                clipPath:
                  index === 0
                    ? 'polygon(0 0, calc(100% - 12px) 0, 100% 50%, calc(100% - 12px) 100%, 0 100%)'
                    : 'polygon(0 0, calc(100% - 12px) 0, 100% 50%, calc(100% - 12px) 100%, 0 100%, 12px 50%)',
                borderRadius: index === 0 ? '8px 0 0 8px' : 0,
                transition: 'background-color 120ms',
                '&:hover': { bgcolor: current ? 'primary.main' : 'rgba(79,70,229,0.24)' },
                '&.Mui-disabled': { color },
              }}
            >
              {stage.name}
            </ButtonBase>
          </Tooltip>
        );
      })}
    </Box>
  );
}
