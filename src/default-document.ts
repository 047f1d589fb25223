// The default dataset, loaded on demand so that apps that bring their own data never download it.
import document from '../data/hk-ai-milestones.json' with { type: 'json' };

export default document;
